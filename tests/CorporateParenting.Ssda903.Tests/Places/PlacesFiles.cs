using System.Text;
using CorporateParenting.Ssda903.Places;

namespace CorporateParenting.Ssda903.Tests.Places;

/// <summary>
/// A small synthetic postcode directory and Ofsted list for the place rules. NB postcodes are in E06000001 (DfE 805),
/// XQ in E06000002 (806), KT1 1AA in a Surrey district (county E10000030, DfE 936), CF1 1AA in Wales.
/// NB1 1AA to NB2 2BB is 3 km east and 4 km north: 5,000 m, 3.1 miles.
/// </summary>
internal static class PlacesFiles
{
    public const string Directory = """
        pcd,pcds,doterm,oscty,oslaua,oseast1m,osnrth1m,lat,long
        NB1  1AA,NB1 1AA,,E99999999,E06000001,445000,530000,54.700000,-1.200000
        NB2  2BB,NB2 2BB,,E99999999,E06000001,448000,534000,54.736000,-1.153000
        XQ1  1AA,XQ1 1AA,,E99999999,E06000002,500000,530000,54.700000,-0.350000
        KT1  1AA,KT1 1AA,,E10000030,E07000207,515000,165000,51.400000,-0.300000
        CF1  1AA,CF1 1AA,,,W06000015,318000,176000,51.480000,-3.180000
        NB9  9ZZ,NB9 9ZZ,201001,E99999999,E06000001,446000,531000,54.709000,-1.185000
        """;

    public const string Providers = """
        URN,Provider type,Sector,Registration date,Closed date,Setting postcode,Local authority
        1234567,Independent fostering agency,Private,01/01/2000,,XQ1 1AA,Middlesbrough
        SC111111,Children's home,Local authority,01/01/2000,,NB2 2BB,Hartlepool
        SC222222,Children's home,Private,01/01/2000,30/06/2024,XQ1 1AA,Middlesbrough
        SC333333,Children's home,Local authority,01/01/2000,,XQ1 1AA,Middlesbrough
        SC444444,Children's home,Private,01/01/2000,,,Middlesbrough
        """;

    public static PostcodeDirectory ReadDirectory(string csv = Directory, string name = "onspd.csv") =>
        PostcodeDirectory.Read(name, new MemoryStream(Encoding.UTF8.GetBytes(csv)));

    public static ProviderDirectory ReadProviders(string csv = Providers, string name = "providers.csv") =>
        ProviderDirectory.Read(name, new MemoryStream(Encoding.UTF8.GetBytes(csv)));

    public static PlaceLookups All(string? la = "805") => new(ReadDirectory(), ReadProviders(), la);
}
