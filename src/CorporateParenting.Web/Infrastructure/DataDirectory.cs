using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Infrastructure;

/// <summary>The instance's data folder (SQLite database, development mail), created on first use.</summary>
public sealed class DataDirectory
{
    public DataDirectory(IOptions<HubOptions> options, IHostEnvironment environment)
    {
        Path = System.IO.Path.GetFullPath(options.Value.DataDirectory, environment.ContentRootPath);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Resolve(string relative) => System.IO.Path.GetFullPath(relative, Path);
}
