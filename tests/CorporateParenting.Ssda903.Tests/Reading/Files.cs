using System.Text;
using CorporateParenting.Ssda903.Reading;

namespace CorporateParenting.Ssda903.Tests.Reading;

internal static class Files
{
    public static ReturnFile Text(string name, string content, bool bom = false) =>
        Bytes(name, (bom ? Encoding.UTF8.GetPreamble() : []).Concat(Encoding.UTF8.GetBytes(content)).ToArray());

    public static ReturnFile Bytes(string name, byte[] content) => new(name, () => new MemoryStream(content, writable: false));

    public static string ExamplesFolder => Path.Combine(AppContext.BaseDirectory, "Examples");
}
