using JasperFx;
using Leasing.Host.Composition;

var builder = WebApplication.CreateBuilder(args);
await builder.AddLeasingAsync();

var app = builder.Build();
app.UseLeasing();

// JasperFx's command line: `dotnet run -- resources setup`, `codegen write`, `describe` ...; no argument runs the Host.
return await app.RunJasperFxCommands(args);

/// <summary>Entry point type, visible to the test host.</summary>
public partial class Program;
