using CorporateParenting.Ssda903.Model;
using CorporateParenting.Ssda903.Tests.Measures;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Tests.ChildRecords;

/// <summary>The typed model joins a child's rows across tables and years, with codes carrying their labels.</summary>
public sealed class ChildModelTests
{
    [Fact]
    public void Reviews_previous_permanence_and_social_workers_are_joined_to_the_child_across_years()
    {
        var set = Build.Return()
            .Child(2024, "C1", "01/06/2012").Child(2025, "C1", "01/06/2012")
            .Episode(2024, "C1", "01/05/2023", "", "S", "C2", "U4")
            .Add(2024, Reviews, "CHILD=C1;REVIEW=01/11/2023;REVIEW_CODE=PN1")
            .Add(2025, Reviews, "CHILD=C1;REVIEW=01/05/2024;REVIEW_CODE=PN3", "CHILD=C1;REVIEW=bad;REVIEW_CODE=PN1")
            .Add(2025, PrevPerm, "CHILD=C1;PREV_PERM=P1;LA_PERM=931;DATE_PERM=zz/05/2019")
            .Add(2025, SWEpisodes, "CHILD=C1;SW_ID=SW123;SW_DECOM=01/04/2024;SW_DEC=30/09/2024;SW_REASON=CHCARE", "CHILD=C1;SW_ID=SW456;SW_DECOM=30/09/2024;SW_REASON=")
            .Set();

        var child = ChildModel.Build(set).Find("C1")!;

        Assert.Equal([new DateOnly(2023, 11, 1), new DateOnly(2024, 5, 1)], child.Reviews.Select(r => r.Date!.Value));   // the unreadable date is the rules' business
        Assert.Equal("PN1", child.Reviews[0].Participation.Code);
        Assert.NotNull(child.Reviews[0].Participation.Label);
        Assert.Equal(("P1", "931", "zz/05/2019"), (child.PreviousPermanence!.Option.Code, child.PreviousPermanence.LocalAuthority, child.PreviousPermanence.DateAsWritten));
        Assert.Equal(["SW123", "SW456"], child.SocialWorkers.Select(s => s.SocialWorkerId));
        Assert.Equal(new DateOnly(2024, 9, 30), child.SocialWorkers[0].End);
        Assert.Null(child.SocialWorkers[1].End);
    }
}
