namespace Pop.Core.Tests;

using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Pop.Core.Smart;
using Xunit;

/// <summary>
/// Conventions over the whole public API of Pop.Core, in the spirit of NodaTime's MutabilityTest:
/// a new public type that breaks one fails here, not in review.
/// </summary>
public sealed class ConventionTests
{
    private static readonly Assembly Library = typeof(SmartValidator).Assembly;

    private static Type[] PublicTypes => Library.GetExportedTypes();

    [Fact]
    public void Public_classes_are_sealed_static_or_abstract()
    {
        var open = PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t)).Select(t => t.FullName);
        Assert.Empty(open);
    }

    [Fact]
    public void Public_types_are_immutable_no_public_setters_or_mutable_fields()
    {
        var offenders = PublicTypes
            .Where(t => !t.IsEnum && !t.IsInterface && !typeof(Exception).IsAssignableFrom(t) && !typeof(Attribute).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInit(setter))
                .Select(p => $"{t.FullName}.{p.Name} has a public setter")
                .Concat(t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(f => !f.IsInitOnly && !f.IsLiteral)
                    .Select(f => $"{t.FullName}.{f.Name} is a writable field")));
        Assert.Empty(offenders);
    }

    [Fact]
    public void Public_structs_are_readonly()
    {
        var offenders = PublicTypes.Where(t => t.IsValueType && !t.IsEnum && t.GetCustomAttribute<IsReadOnlyAttribute>() is null).Select(t => t.FullName);
        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_public_type_and_member_is_documented()
    {
        string path = Path.ChangeExtension(Library.Location, ".xml");
        Assert.True(File.Exists(path), $"XML docs not found at {path}");
        var documented = XDocument.Load(path).Descendants("member").Select(m => (string)m.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        var missing = PublicTypes.Where(t => !documented.Contains("T:" + t.FullName)).Select(t => t.FullName).ToList();
        foreach (var type in PublicTypes)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (!documented.Contains($"P:{type.FullName}.{property.Name}") && property.GetIndexParameters().Length == 0)
                {
                    missing.Add($"{type.FullName}.{property.Name}");
                }
            }

            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName))
            {
                if (!documented.Any(d => d.StartsWith($"M:{type.FullName}.{method.Name}", StringComparison.Ordinal)))
                {
                    missing.Add($"{type.FullName}.{method.Name}()");
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Public_types_live_in_domain_namespaces()
    {
        var allowed = new[] { "Pop.Core", "Pop.Core.Smart", "Pop.Core.Texts", "Pop.Core.Conversations", "Pop.Core.Strategies", "Pop.Core.Goals", "Pop.Core.Plans", "Pop.Core.Cycles" };
        var offenders = PublicTypes.Where(t => !allowed.Contains(t.Namespace)).Select(t => t.FullName);
        Assert.Empty(offenders);
        Assert.DoesNotContain(PublicTypes, t => t.Name.EndsWith("Manager", StringComparison.Ordinal) || t.Name.EndsWith("Helper", StringComparison.Ordinal) || t.Name.EndsWith("Util", StringComparison.Ordinal) || t.Name.EndsWith("Utils", StringComparison.Ordinal));
    }

    private static bool IsInit(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m == typeof(IsExternalInit));
}
