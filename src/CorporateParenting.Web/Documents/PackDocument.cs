namespace CorporateParenting.Web.Documents;

/// <summary>
/// A board pack in neither format: the PDF and the Word document are both drawn from it, so they say the same.
/// <paramref name="Front"/> is what a front sheet carries under the title (membership, clerk, publication date).
/// </summary>
public sealed record PackDocument(string Title, string Subtitle, bool Restricted, IReadOnlyList<PackSection> Sections, IReadOnlyList<PackBlock>? Front = null);

/// <summary>
/// A top-level section: it starts on a new page and has an entry in the contents. A section with a
/// <paramref name="Paper"/> is a cover sheet: the paper's own pages follow it in the PDF pack.
/// </summary>
public sealed record PackSection(string Heading, IReadOnlyList<PackBlock> Blocks, PackPaper? Paper = null);

/// <summary>A paper as its owner uploaded it (PDF or Word), merged into the pack after its cover sheet.</summary>
public sealed record PackPaper(string FileName, byte[] Content);

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

/// <summary>
/// The agenda: each line with the page its papers start on in the merged pack, when it has a section
/// (<see cref="AgendaLine.Section"/> names it); an item without papers is its one line and no page.
/// </summary>
public sealed record PackAgenda(IReadOnlyList<AgendaLine> Lines) : PackBlock;
public sealed record AgendaLine(string Number, string Title, string Detail, string? Section);
