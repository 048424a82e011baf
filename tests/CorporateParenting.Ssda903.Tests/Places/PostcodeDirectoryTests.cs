using System.Text;
using CorporateParenting.Ssda903.Places;

namespace CorporateParenting.Ssda903.Tests.Places;

public sealed class PostcodeDirectoryTests
{
    [Fact]
    public void Reads_onspd_columns_and_names_the_placement_la_as_the_dfe_does()
    {
        var directory = PlacesFiles.ReadDirectory();

        Assert.Equal(6, directory.Count);
        Assert.Equal("805", directory.Find("NB1 1AA")!.PlacementLa);
        Assert.Equal("805", directory.Find("nb11aa")!.PlacementLa);          // spaces and case do not matter
        Assert.Equal("936", directory.Find("KT1 1AA")!.PlacementLa);         // a district of a county: the county is the LA
        Assert.Equal("E10000030", directory.Find("KT1 1AA")!.Authority);
        Assert.Equal("WAL", directory.Find("CF1 1AA")!.PlacementLa);
        Assert.False(directory.Find("CF1 1AA")!.InEngland);
        Assert.True(directory.Find("NB9 9ZZ")!.Terminated);
        Assert.Null(directory.Find("ZZ9 9ZZ"));
        Assert.Null(directory.Find(""));
    }

    [Fact]
    public void A_directory_of_many_blocks_is_read_whole_from_the_size_its_first_block_suggests()
    {
        // 20,000 postcodes: far more than the first block of text, from which the tables are sized, and four times the
        // estimate (the first block's lines are longer), so the index grows; one postcode in twice, terminated first, then live.
        var lines = new StringBuilder("pcds,oslaua,oseast1m,osnrth1m,doterm\n");
        for (var i = 0; i < 20_000; i++)
            lines.Append(i < 100 ? $"A{i} 1AA,E06000001,{i}.{new string('0', 200)},1,\n" : $"{Postcode(i)},E06000001,{i},{i + 1},\n");
        lines.Append("A7 1AA,E06000001,77,1,202001\n");
        var directory = PlacesFiles.ReadDirectory(lines.ToString());

        Assert.Equal(20_000, directory.Count);
        for (var i = 0; i < 100; i++) Assert.Equal(i, directory.Find($"A{i}1AA")!.Easting);
        for (var i = 100; i < 20_000; i++) Assert.Equal(i + 1, directory.Find(Postcode(i).Replace(" ", ""))!.Northing);
        Assert.Equal(7, directory.Find("A7 1AA")!.Easting);
        Assert.False(directory.Find("A7 1AA")!.Terminated);
        Assert.Null(directory.Find("NZ0 0AB"));

        // A column at a time: the same places as one by one, for found, absent, blank and malformed postcodes alike.
        string[] asked = [.. Enumerable.Range(0, 20_000).Select(i => i < 100 ? $"A{i} 1AA" : Postcode(i)), "NZ0 0AB", "", "NOT A POSTCODE", "A7 1AA"];
        Assert.Equal(asked.Select(directory.Find), directory.FindEach(asked));

        static string Postcode(int i) => $"N{(char)('A' + i / 1000)}{i / 100 % 10} {i / 10 % 10}{(char)('A' + i % 10)}B";
    }

    [Fact]
    public void Reads_later_vintages_whose_columns_carry_the_year()
    {
        var directory = PlacesFiles.ReadDirectory("""
            pcd7,pcd8,pcds,dointr,doterm,cty25cd,lad25cd,east1m,north1m,lat,long
            KT1 1AA,KT1  1AA,KT1 1AA,198001,,E10000030,E07000207,515000,165000,51.4,-0.3
            """);

        Assert.Equal("936", directory.Find("KT11AA")!.PlacementLa);
        Assert.Equal(515000, directory.Find("KT11AA")!.Easting);
    }

    [Fact]
    public void Reads_the_published_file_where_every_field_is_quoted()
    {
        var directory = PlacesFiles.ReadDirectory("\uFEFF\"pcd\",\"pcds\",\"oscty\",\"oslaua\",\"oseast1m\",\"osnrth1m\",\"lat\",\"long\"\r\n"
            + "\"KT1 1AA\",\"KT1 1AA\",\"E10000030\",\"E07000207\",\"515000\",\"165000\",\"51.4\",\"-0.3\"\r\n"
            + "\"NB1 1AA\",\"NB1 1AA\",\"E99999999\",\"E06000001\",\"\",\"\",\"99.999999\",\"0.000000\"\r\n");

        Assert.Equal("936", directory.Find("KT1 1AA")!.PlacementLa);
        Assert.Equal(165000, directory.Find("KT1 1AA")!.Northing);
        Assert.Equal("805", directory.Find("NB1 1AA")!.PlacementLa);
        Assert.Null(directory.Find("NB1 1AA")!.Easting);      // no grid reference and no location: no distance from it
        Assert.Null(directory.Find("NB1 1AA")!.Latitude);
    }

    [Fact]
    public void Distance_is_the_dfe_formula_on_the_os_grid_in_miles_to_one_place()
    {
        var directory = PlacesFiles.ReadDirectory();

        // √(3000² + 4000²) = 5000 m; 5000 / 1000 / 1.6093 = 3.107 miles.
        Assert.Equal(3.1, PostcodeDirectory.Miles(directory.Find("NB1 1AA")!, directory.Find("NB2 2BB")!));
        Assert.Equal(34.2, PostcodeDirectory.Miles(directory.Find("NB1 1AA")!, directory.Find("XQ1 1AA")!));
    }

    [Fact]
    public void Without_a_grid_reference_the_distance_is_the_great_circle_from_lat_long()
    {
        var directory = PlacesFiles.ReadDirectory("""
            pcds,oslaua,lat,long
            NB1 1AA,E06000001,54.0,-1.0
            NB2 2BB,E06000001,54.1,-1.0
            NB3 3CC,E06000001,99.999999,0.000000
            """);

        Assert.Equal(6.9, PostcodeDirectory.Miles(directory.Find("NB1 1AA")!, directory.Find("NB2 2BB")!));   // 0.1° of latitude
        Assert.Null(PostcodeDirectory.Miles(directory.Find("NB1 1AA")!, directory.Find("NB3 3CC")!));        // ONSPD's "no location"
    }

    [Theory]
    [InlineData("pcds,lat,long\nNB1 1AA,54,-1\n", "onspd.csv: no local authority column; expected oslaua (or ladYYcd in later vintages)")]
    [InlineData("pcds,oslaua\nNB1 1AA,E06000001\n", "onspd.csv: no coordinates; expected oseast1m and osnrth1m (or east1m and north1m), or lat and long")]
    [InlineData("oslaua,lat,long\nE06000001,54,-1\n", "onspd.csv: no postcode column; expected one named pcds or pcd or pcd2 or pcd7 or pcd8 or postcode")]
    [InlineData("pcds,oslaua,lat,long\nNB1 1AA,E06000001,54,-1\nNB2 2BB,E06000001,north,-1\n", "onspd.csv line 3: lat is 'north', not a number")]
    [InlineData("pcds,oslaua,lat,long\nNB1 1AA,E06000001,54\n", "onspd.csv line 2: this row has 3 fields; the header has 4")]
    [InlineData("pcds,oslaua,lat,long\nNB1,E06000001,54,-1\n", "onspd.csv line 2: 'NB1' is not a unit postcode")]
    [InlineData("pcds,oslaua,lat,long\n", "onspd.csv: the file has a header row but no postcodes")]
    [InlineData("", "onspd.csv: the file is empty; expected a header row of column names")]
    public void A_malformed_directory_is_refused_with_the_line_and_what_is_wrong(string csv, string message)
    {
        var error = Assert.Throws<PlacesFileException>(() => PlacesFiles.ReadDirectory(csv));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused()
    {
        var bytes = Encoding.UTF8.GetBytes("pcds,oslaua,lat,long\nNB1 1AA,E06000001,54,-1\n").Append((byte)0xFF).ToArray();
        var error = Assert.Throws<PlacesFileException>(() => PostcodeDirectory.Read("onspd.csv", new MemoryStream(bytes)));
        Assert.Equal("onspd.csv: the file is not UTF-8 text; save it as CSV UTF-8", error.Message);
    }
}
