using JasperFx.Events;
using Leasing.Contracts.Domain.Financing;
using Leasing.Contracts.Domain.Mileage;
using Leasing.Contracts.Domain.Tasks;

namespace Leasing.Contracts.Domain;

public sealed record OpenTask(Guid TaskId, TaskKind Kind, string Title);

/// <summary>
/// A contract file and, once signed and delivered, the running contract: rebuilt from its stream and kept as an inline
/// snapshot (the list filters on status, customer, company and end date in the database). Immutable: every Apply returns
/// a new value. The Apply methods are spread over the partial files by phase.
/// </summary>
public sealed partial record Contract
{
    public Guid Id { get; init; }
    public string Number { get; init; } = "";
    public Guid QuoteId { get; init; }
    public string QuoteNumber { get; init; } = "";
    public Guid? LeadId { get; init; }
    public ContractCustomer Customer { get; init; } = null!;
    public string CustomerName { get; init; } = "";
    public string? CompanyId { get; init; }
    public ContractVehicle Vehicle { get; init; } = null!;
    public ContractTerms Terms { get; init; } = null!;
    public RentFigures Figures { get; init; } = null!;
    public decimal AmountFinanced { get; init; }
    public DateOnly? OfferHeldUntil { get; init; }
    public ServicePackage Services { get; init; } = null!;
    public string? AccountManager { get; init; }
    public ContractStatus Status { get; init; }
    public Product Product { get; init; }
    public DateTimeOffset OpenedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Version { get; init; }
    public IReadOnlyList<OpenTask> OpenTasks { get; init; } = [];

    public bool IsClosed => ClosedOn is not null;
    public DateOnly? ClosedOn { get; init; }
    public ClosingOutcome? Outcome { get; init; }

    public static Contract Create(IEvent<ContractOpened> opened)
    {
        var e = opened.Data;
        return new Contract
        {
            Id = e.ContractId, Number = e.Number, QuoteId = e.QuoteId, QuoteNumber = e.QuoteNumber, LeadId = e.LeadId, Customer = e.Customer,
            CustomerName = e.Customer.Name, CompanyId = e.Customer.CompanyId, Vehicle = e.Vehicle, Terms = e.Terms, Figures = e.Figures,
            AmountFinanced = e.AmountFinanced, OfferHeldUntil = e.OfferHeldUntil, Services = e.Services, AccountManager = e.AccountManager,
            Status = ContractStatus.FinancingStudy, Product = e.Terms.Product, OpenedAt = e.At, UpdatedAt = e.At,
        };
    }

    // Task events of a contract live in its own stream only (an invoice's dunning tasks have their own events): a
    // snapshot projection folds every stream holding an event type it applies.
    public Contract Apply(TaskRaised e) => this with { OpenTasks = [.. OpenTasks, new OpenTask(e.TaskId, e.Kind, e.Title)], UpdatedAt = e.At };

    public Contract Apply(TaskResolved e) => this with { OpenTasks = OpenTasks.Where(t => t.TaskId != e.TaskId).ToList(), UpdatedAt = e.At };

    public Contract Apply(ContractFileClosed e) => this with { ClosedOn = e.ClosedOn, Outcome = e.Outcome, UpdatedAt = e.At };

    public OpenTask? OpenTaskOf(TaskKind kind) => OpenTasks.FirstOrDefault(t => t.Kind == kind);
}
