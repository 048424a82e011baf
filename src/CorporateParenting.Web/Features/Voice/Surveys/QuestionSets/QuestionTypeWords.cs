using CorporateParenting.Data.Voice;

namespace CorporateParenting.Web.Features.Voice.Surveys.QuestionSets;

public static class QuestionTypeWords
{
    public static string Of(QuestionType type) => type switch
    {
        QuestionType.FacesScale => "Faces, from very sad to very happy",
        QuestionType.AgreeScale => "Agree or disagree",
        QuestionType.YesNoNotSure => "Yes, no or not sure",
        QuestionType.ChooseAny => "Tick any",
        QuestionType.FreeText => "Short answer in their own words",
        _ => type.ToString(),
    };
}
