namespace Redress.Web.Tests;

/// <summary>
/// A test class whose every test has a Redress instance and database of its own, for tests whose data must
/// not meet another test's (versions that follow each other, reports over the whole database).
/// </summary>
public abstract class OwnInstance<TFactory> : IDisposable where TFactory : RedressFactory, new()
{
    protected TFactory Factory { get; } = new();

    public void Dispose()
    {
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }
}
