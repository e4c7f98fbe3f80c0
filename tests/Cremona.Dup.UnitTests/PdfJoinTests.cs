using System.Text;
using Cremona.Dup.Web.Infrastructure.Pdf;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace Cremona.Dup.UnitTests;

/// <summary>
/// <see cref="PdfAssembler.Assemble"/> over small tagged PDFs built here the way Chromium writes them (one Document
/// element, a parent tree by /StructParents, ids of table headers, a link annotation with its OBJR, an outline): the
/// joined file keeps every part's tags pointing at the right pages, shifts keys and ids so that parts cannot collide,
/// builds the bookmarks and the named destinations, and numbers the pages after the cover.
/// </summary>
public sealed class PdfJoinTests
{
    [Fact]
    public void Parts_are_joined_with_their_tags_bookmarks_destinations_and_footers()
    {
        using var cover = PdfPart.Open(Part("Copertina", 1, link: false));
        using var first = PdfPart.Open(Part("Primo", 2, link: true));
        using var second = PdfPart.Open(Part("Secondo", 3, link: false));

        var bytes = PdfAssembler.Assemble(cover, [first, second],
            [new PdfBookmark("Primo", "primo"), new PdfBookmark("Secondo", "secondo", [new PdfBookmark("Assente")])],
            new Web.Infrastructure.Pdf.PdfMetadata("Titolo", "Autore", "Oggetto"), Font());

        using var joined = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        joined.PageCount.Should().Be(6);
        var pages = Enumerable.Range(0, 6).Select(i => joined.Pages[i]).ToList();

        // Each page's marked content 0 is held by the element of its part, which names that page.
        var root = joined.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")!;
        var parentTree = Numbers(root.Elements.GetDictionary("/ParentTree")!);
        var keys = pages.Select(p => p.Elements.GetInteger("/StructParents")).ToList();
        keys.Should().OnlyHaveUniqueItems();
        foreach (var (page, key) in pages.Zip(keys))
        {
            var element = (PdfDictionary)((PdfReference)((PdfArray)Deref(parentTree[key])!).Elements[0]).Value;
            ((PdfReference)element.Elements["/Pg"]!).ObjectID.Should().Be(page.Reference!.ObjectID);
            element.Elements.GetInteger("/K").Should().Be(0);
        }
        Texts(root).Should().Equal("Copertina 1", "Primo 1", "Primo 2", "Secondo 1", "Secondo 2", "Secondo 3");

        // The link keeps its tag: its /StructParent leads to the Link element whose OBJR is the annotation.
        var annotation = (PdfReference)pages[1].Elements.GetArray("/Annots")!.Elements[0];
        var link = (PdfDictionary)Deref(parentTree[((PdfDictionary)annotation.Value).Elements.GetInteger("/StructParent")])!;
        link.Elements.GetName("/S").Should().Be("/Link");
        ((PdfReference)((PdfDictionary)Deref(link.Elements["/K"])!).Elements["/Obj"]!).ObjectID.Should().Be(annotation.ObjectID);
        ((PdfDictionary)annotation.Value).Elements.GetName("/Dest").Should().Be("/secondo");

        // Ids of the parts cannot collide: each part's own, and the /Headers naming them, carry its prefix.
        Names(root.Elements.GetDictionary("/IDTree")!).Should().Equal("p1-node1", "p2-node1", "p3-node1");
        Headers(root).Should().Equal("p1-node1", "p2-node1", "p3-node1");

        // Bookmarks from the given structure, at the headings; an entry whose heading is missing is left out.
        joined.Outlines.Select(o => o.Title).Should().Equal("Primo", "Secondo");
        joined.Outlines[0].DestinationPage!.Reference!.ObjectID.Should().Be(pages[1].Reference!.ObjectID);
        joined.Outlines[1].DestinationPage!.Reference!.ObjectID.Should().Be(pages[3].Reference!.ObjectID);
        joined.Outlines[1].Outlines.Should().BeEmpty();
        var destinations = joined.Internals.Catalog.Elements.GetDictionary("/Dests")!;
        ((PdfReference)destinations.Elements.GetArray("/secondo")!.Elements[0]).ObjectID.Should().Be(pages[3].Reference!.ObjectID);

        // "Pagina X di Y" after the cover, as a pagination artifact; page labels count from there.
        Content(pages[0]).Should().NotContain("/Artifact");
        for (var i = 1; i < 6; i++) Content(pages[i]).Should().Contain("/Artifact <</Type /Pagination /Subtype /Footer>> BDC");
        joined.Info.Title.Should().Be("Titolo");
        joined.Internals.Catalog.Elements.GetString("/Lang").Should().Be("it-IT");
        joined.Internals.Catalog.Elements.GetDictionary("/MarkInfo")!.Elements.GetBoolean("/Marked").Should().BeTrue();
        joined.Internals.Catalog.Elements.GetDictionary("/PageLabels")!.Elements.GetArray("/Nums")!.Elements.Count.Should().Be(4);
    }

    [Fact]
    public void Page_numbers_of_headings_count_the_parts_before_them_and_the_first_occurrence_wins()
    {
        using var first = PdfPart.Open(Part("Primo", 2, link: false));
        using var second = PdfPart.Open(Part("Secondo", 3, link: false));
        using var again = PdfPart.Open(Part("Primo", 1, link: false));

        PdfAssembler.PageNumbers([first, second, again]).Should().BeEquivalentTo(new Dictionary<string, int>
        {
            ["Primo"] = 1,
            ["Secondo"] = 3,
        });
    }

    // A tagged PDF as Chromium writes one: a Document element whose kids are one P per page (MCID 0, an id), a parent
    // tree keyed by /StructParents, an /IDTree, a /Headers attribute naming the first id, an outline entry at the first
    // page; with link, a link annotation (/Dest /secondo) on the first page tagged through an OBJR.
    private static byte[] Part(string title, int pageCount, bool link)
    {
        var document = new PdfDocument();
        var root = Indirect(document, "/StructTreeRoot");
        var top = Indirect(document, "/StructElem");
        top.Elements["/S"] = new PdfName("/Document");
        top.Elements["/P"] = root.Reference!;
        top.Elements["/Lang"] = new PdfString("it-IT");
        var kids = new PdfArray(document);
        var nums = new PdfArray(document);
        var ids = new PdfArray(document);
        for (var i = 0; i < pageCount; i++)
        {
            var page = document.AddPage();
            page.Elements["/StructParents"] = new PdfInteger(i);
            var content = page.Contents.AppendContent();
            content.CreateStream(Encoding.Latin1.GetBytes($"/P <</MCID 0>> BDC 0 0 m 10 10 l S EMC"));
            var element = Indirect(document, "/StructElem");
            element.Elements["/S"] = new PdfName("/P");
            element.Elements["/P"] = top.Reference!;
            element.Elements["/Pg"] = page.Reference!;
            element.Elements["/K"] = new PdfInteger(0);
            element.Elements["/ActualText"] = new PdfString($"{title} {i + 1}");
            if (i == 0)
            {
                element.Elements["/ID"] = new PdfString("node1");
                var attributes = new PdfDictionary(document);
                attributes.Elements["/O"] = new PdfName("/Table");
                attributes.Elements["/Headers"] = new PdfArray(document, new PdfString("node1"));
                element.Elements["/A"] = attributes;
                ids.Elements.Add(new PdfString("node1"));
                ids.Elements.Add(element.Reference!);
            }
            kids.Elements.Add(element.Reference!);
            nums.Elements.Add(new PdfInteger(i));
            nums.Elements.Add(new PdfArray(document, element.Reference!));
        }
        var nextKey = pageCount;
        if (link)
        {
            var annotation = Indirect(document, "/Annot");
            annotation.Elements["/Subtype"] = new PdfName("/Link");
            annotation.Elements["/Rect"] = new PdfArray(document, new PdfInteger(0), new PdfInteger(0), new PdfInteger(10), new PdfInteger(10));
            annotation.Elements["/Dest"] = new PdfName("/secondo");
            annotation.Elements["/StructParent"] = new PdfInteger(nextKey);
            document.Pages[0].Elements["/Annots"] = new PdfArray(document, annotation.Reference!);
            var objr = new PdfDictionary(document);
            objr.Elements["/Type"] = new PdfName("/OBJR");
            objr.Elements["/Obj"] = annotation.Reference!;
            objr.Elements["/Pg"] = document.Pages[0].Reference!;
            var element = Indirect(document, "/StructElem");
            element.Elements["/S"] = new PdfName("/Link");
            element.Elements["/P"] = top.Reference!;
            element.Elements["/K"] = objr;
            kids.Elements.Add(element.Reference!);
            nums.Elements.Add(new PdfInteger(nextKey++));
            nums.Elements.Add(element.Reference!);
        }
        top.Elements["/K"] = kids;
        root.Elements["/K"] = top.Reference!;
        var parentTree = new PdfDictionary(document);
        parentTree.Elements["/Nums"] = nums;
        root.Elements["/ParentTree"] = parentTree;
        root.Elements["/ParentTreeNextKey"] = new PdfInteger(nextKey);
        var idTree = new PdfDictionary(document);
        idTree.Elements["/Names"] = ids;
        root.Elements["/IDTree"] = idTree;
        document.Internals.Catalog.Elements["/StructTreeRoot"] = root.Reference!;
        document.Outlines.Add(title, document.Pages[0]);
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static PdfDictionary Indirect(PdfDocument document, string type)
    {
        var dictionary = new PdfDictionary(document);
        dictionary.Elements["/Type"] = new PdfName(type);
        document.Internals.AddObject(dictionary);
        return dictionary;
    }

    // The regular face of Titillium Web, which the web project's build copies under wwwroot/lib.
    private static byte[] Font()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var file = Path.Combine(folder.FullName, "src", "Cremona.Dup.Web", "wwwroot", "lib", "bootstrap-italia", "fonts",
                "Titillium_Web", "titillium-web-v10-latin-ext_latin-regular.ttf");
            if (File.Exists(file)) return File.ReadAllBytes(file);
        }
        throw new FileNotFoundException("Titillium Web regular not found: build the web project first.");
    }

    private static PdfItem? Deref(PdfItem? item) => item is PdfReference reference ? reference.Value : item;

    private static Dictionary<int, PdfItem> Numbers(PdfDictionary node)
    {
        var numbers = new Dictionary<int, PdfItem>();
        var nums = node.Elements.GetArray("/Nums");
        for (var i = 0; nums is not null && i + 1 < nums.Elements.Count; i += 2) numbers[((PdfInteger)nums.Elements[i]).Value] = nums.Elements[i + 1];
        foreach (var kid in node.Elements.GetArray("/Kids")?.Elements ?? Enumerable.Empty<PdfItem>())
        {
            foreach (var (key, value) in Numbers((PdfDictionary)Deref(kid)!)) numbers[key] = value;
        }
        return numbers;
    }

    private static List<string> Names(PdfDictionary node)
    {
        var names = new List<string>();
        var array = node.Elements.GetArray("/Names");
        for (var i = 0; array is not null && i + 1 < array.Elements.Count; i += 2) names.Add(((PdfString)array.Elements[i]).Value);
        foreach (var kid in node.Elements.GetArray("/Kids")?.Elements ?? Enumerable.Empty<PdfItem>()) names.AddRange(Names((PdfDictionary)Deref(kid)!));
        return names;
    }

    // The joined Document element's kids, in order, by their text; and every /Headers id.
    private static List<string> Texts(PdfDictionary root) =>
        Kids(root).Select(k => k.Elements.GetString("/ActualText")).Where(t => t.Length > 0).ToList();

    private static List<string> Headers(PdfDictionary root) =>
        Kids(root).Select(k => k.Elements.GetDictionary("/A")).OfType<PdfDictionary>()
            .SelectMany(a => a.Elements.GetArray("/Headers")!.Elements.OfType<PdfString>().Select(s => s.Value)).ToList();

    private static IEnumerable<PdfDictionary> Kids(PdfDictionary root)
    {
        var document = (PdfDictionary)Deref(root.Elements["/K"])!;
        document.Elements.GetName("/S").Should().Be("/Document");
        return document.Elements.GetArray("/K")!.Elements.Select(k => (PdfDictionary)Deref(k)!);
    }

    private static string Content(PdfPage page)
    {
        var builder = new StringBuilder();
        foreach (var item in page.Contents.Elements)
        {
            if (Deref(item) is PdfDictionary { Stream: { } stream }) builder.Append(Encoding.Latin1.GetString(stream.UnfilteredValue));
        }
        return builder.ToString();
    }
}
