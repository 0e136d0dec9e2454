using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Leasing.Host.Composition;

namespace Leasing.Integration.Tests;

/// <summary>
/// A module uses only Kernel and the <c>IntegrationEvents</c> namespace of other modules. Read from the compiled
/// metadata: every type a module's assembly refers to in another Leasing module must be an integration event or id.
/// </summary>
public sealed class ArchitectureTests
{
    public static TheoryData<string> Modules() => new(LeasingModules.All.Select(m => m.Assembly.GetName().Name!));

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_refers_to_other_modules_only_through_their_integration_events(string moduleAssembly)
    {
        var assembly = Assembly.Load(moduleAssembly);
        var violations = ForeignModuleTypesUsedBy(assembly)
            .Where(t => !t.Namespace.StartsWith($"{t.Assembly}.IntegrationEvents", StringComparison.Ordinal))
            .Select(t => $"{t.Namespace}.{t.Name} ({t.Assembly})")
            .Distinct()
            .ToList();

        Assert.Empty(violations);
    }

    [Fact]
    public void The_check_sees_a_reference_to_another_module()
    {
        // The Host refers to module internals on purpose (it composes them): the reader must find them there.
        var hostUses = ForeignModuleTypesUsedBy(typeof(LeasingModules).Assembly).Select(t => t.Assembly).Distinct().ToList();
        Assert.Contains("Leasing.Accounts", hostUses);
    }

    [Fact]
    public void Every_module_project_is_listed_in_the_host()
    {
        var listed = LeasingModules.All.Select(m => m.Assembly.GetName().Name).ToHashSet();
        var folders = Directory.GetDirectories(Path.Combine(RepositoryRoot(), "src", "Modules"))
            .Select(Path.GetFileName)
            .Where(name => name != "Kernel" && File.Exists(Path.Combine(RepositoryRoot(), "src", "Modules", name!, $"Leasing.{name}.csproj")))
            .Where(name => Directory.GetFiles(Path.Combine(RepositoryRoot(), "src", "Modules", name!), "*Module.cs").Length > 0);
        Assert.All(folders, name => Assert.Contains($"Leasing.{name}", listed));
    }

    private sealed record TypeUse(string Assembly, string Namespace, string Name);

    private static IEnumerable<TypeUse> ForeignModuleTypesUsedBy(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var self = assembly.GetName().Name!;
        foreach (var handle in metadata.TypeReferences)
        {
            var reference = metadata.GetTypeReference(handle);
            var scope = reference.ResolutionScope;
            while (scope.Kind == HandleKind.TypeReference) // nested types: walk out to the declaring assembly
                scope = metadata.GetTypeReference((TypeReferenceHandle)scope).ResolutionScope;
            if (scope.Kind != HandleKind.AssemblyReference) continue;

            var target = metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)scope).Name);
            if (target == self || target == "Leasing.Kernel" || !target.StartsWith("Leasing.", StringComparison.Ordinal)) continue;
            yield return new TypeUse(target, metadata.GetString(reference.Namespace), metadata.GetString(reference.Name));
        }
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Leasing.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Leasing.sln not found above the test folder.");
    }
}
