namespace CorporateParenting.Web.Documents;

/// <summary>A board pack in neither format: the PDF and the Word document are both drawn from it, so they say the same.</summary>
public sealed record PackDocument(string Title, string Subtitle, bool Restricted, IReadOnlyList<PackSection> Sections);

/// <summary>A top-level section: it starts on a new page and has an entry in the contents.</summary>
public sealed record PackSection(string Heading, IReadOnlyList<PackBlock> Blocks);

/// <summary>A block of a document; it can be kept as JSON (an approved annual report keeps what it said).</summary>
[System.Text.Json.Serialization.JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(PackParagraph), "paragraph")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(PackSubheading), "subheading")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(PackBullets), "bullets")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(PackTable), "table")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(PackKeyValues), "key-values")]
public abstract record PackBlock;
public sealed record PackParagraph(string Text) : PackBlock;
public sealed record PackSubheading(string Text) : PackBlock;
public sealed record PackBullets(IReadOnlyList<string> Items) : PackBlock;
/// <summary>A table; columns listed in <paramref name="NumericColumns"/> are right-aligned.</summary>
public sealed record PackTable(string Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlySet<int>? NumericColumns = null) : PackBlock;
public sealed record PackKeyValues(IReadOnlyList<(string Key, string Value)> Pairs) : PackBlock;
