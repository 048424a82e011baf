using CorporateParenting.Testing;

namespace CorporateParenting.Web.Tests;

/// <summary>
/// One demo council with its 903 years for test classes that only read it: seeding the 903 and protecting its
/// figures is the costliest set-up in the suite, so classes that change nothing share one host.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReadOnlyPerformanceDemo : ICollectionFixture<PerformanceHub>
{
    public const string Name = "Read-only performance demo";
}
