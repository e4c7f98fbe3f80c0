using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace Cremona.Dup.IntegrationTests.Infrastructure;

/// <summary>
/// Checks the tags of a PDF the way a screen reader follows them: every marked content of every page is reached from the
/// parent tree through the page's /StructParents to a structure element that names that page and that MCID; every
/// annotation's /StructParent leads to an element whose object reference is that annotation; parent-tree keys and element
/// ids are unique, and every /Headers id exists; every element's /Pg is a page of the file; every link's named
/// destination exists.
/// </summary>
public static partial class TaggedPdf
{
    public sealed record Report(IReadOnlyList<string> Problems, int MarkedContents, int Annotations, int Elements, int Links);

    public static Report Check(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var problems = new List<string>();
        var root = document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot");
        if (root is null) return new Report(["the catalog has no /StructTreeRoot"], 0, 0, 0, 0);
        var parentTree = new Dictionary<int, PdfItem>();
        foreach (var (key, value) in Numbers(root.Elements.GetDictionary("/ParentTree")))
        {
            if (!parentTree.TryAdd(key, value)) problems.Add($"parent tree key {key} twice");
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in Names(root.Elements.GetDictionary("/IDTree")))
        {
            if (!ids.Add(id)) problems.Add($"id {id} twice in the /IDTree");
        }
        var pages = new HashSet<PdfObjectID>();
        foreach (var page in document.Pages) pages.Add(page.Reference!.ObjectID);

        var elements = 0;
        var visited = new HashSet<PdfObjectID>();
        Walk(root.Elements.GetValue("/K"), 0);

        var keys = new HashSet<int>();
        int markedContents = 0, annotations = 0, links = 0;
        var destinations = document.Internals.Catalog.Elements.GetDictionary("/Dests");
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            var mcids = Mcids(page);
            if (mcids.Count > 0)
            {
                if (page.Elements.GetValue("/StructParents") is not PdfInteger structParents)
                {
                    problems.Add($"page {i + 1} has marked content but no /StructParents");
                    continue;
                }
                if (!keys.Add(structParents.Value)) problems.Add($"page {i + 1}: /StructParents {structParents.Value} is used twice");
                var array = parentTree.TryGetValue(structParents.Value, out var entry) ? Deref(entry) as PdfArray : null;
                foreach (var mcid in mcids)
                {
                    markedContents++;
                    if (array is null || mcid >= array.Elements.Count || Deref(array.Elements[mcid]) is not PdfDictionary element)
                        problems.Add($"page {i + 1}: MCID {mcid} has no element in the parent tree");
                    else if (!Holds(element, mcid, page.Reference!.ObjectID))
                        problems.Add($"page {i + 1}: the element of MCID {mcid} does not hold it on this page");
                }
            }
            foreach (var item in page.Elements.GetArray("/Annots")?.Elements ?? Enumerable.Empty<PdfItem>())
            {
                if (item is not PdfReference reference || reference.Value is not PdfDictionary annotation) continue;
                annotations++;
                if (annotation.Elements.GetName("/Subtype") == "/Link" && annotation.Elements.GetValue("/Dest") is PdfName name)
                {
                    links++;
                    if (destinations?.Elements.GetValue(name.Value) is not PdfArray)
                        problems.Add($"page {i + 1}: link to {name.Value}, which /Dests lacks");
                }
                if (annotation.Elements.GetValue("/StructParent") is not PdfInteger structParent)
                {
                    problems.Add($"page {i + 1}: an annotation without /StructParent");
                    continue;
                }
                if (!keys.Add(structParent.Value)) problems.Add($"page {i + 1}: /StructParent {structParent.Value} is used twice");
                if (!parentTree.TryGetValue(structParent.Value, out var owner) || Deref(owner) is not PdfDictionary element
                    || !Kids(element).OfType<PdfDictionary>().Any(k => k.Elements["/Obj"] is PdfReference obj && obj.ObjectID == reference.ObjectID))
                {
                    problems.Add($"page {i + 1}: the element of an annotation does not refer to it");
                }
            }
        }
        return new Report(problems, markedContents, annotations, elements, links);

        void Walk(PdfItem? item, int depth)
        {
            if (depth > 200) { problems.Add("structure deeper than 200"); return; }
            foreach (var kid in Items(item))
            {
                if (kid is PdfReference reference && !visited.Add(reference.ObjectID)) continue;
                if (Deref(kid) is not PdfDictionary element || element.Elements.GetName("/Type") is "/MCR" or "/OBJR") continue;
                elements++;
                if (element.Elements["/Pg"] is PdfReference pg && !pages.Contains(pg.ObjectID))
                    problems.Add($"element {element.Elements.GetName("/S")} names a page that is not in the file");
                foreach (var attributes in Items(element.Elements.GetValue("/A")).Select(Deref).OfType<PdfDictionary>())
                {
                    foreach (var header in attributes.Elements.GetArray("/Headers")?.Elements.OfType<PdfString>() ?? [])
                    {
                        if (!ids.Contains(header.Value)) problems.Add($"header id {header.Value} is not in the /IDTree");
                    }
                }
                Walk(element.Elements.GetValue("/K"), depth + 1);
            }
        }
    }

    /// <summary>Whether the content streams of the page (0-based) contain <paramref name="operatorText"/>.</summary>
    public static bool HasArtifact(byte[] pdf, int pageIndex, string operatorText)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        return Content(document.Pages[pageIndex]).Contains(operatorText, StringComparison.Ordinal);
    }

    private static bool Holds(PdfDictionary element, int mcid, PdfObjectID page)
    {
        var own = element.Elements["/Pg"] is PdfReference pg ? pg.ObjectID : (PdfObjectID?)null;
        foreach (var kid in Kids(element))
        {
            if (kid is PdfInteger number && number.Value == mcid && own == page) return true;
            if (kid is PdfDictionary { Elements: var mcr } && mcr.GetName("/Type") == "/MCR" && mcr.GetInteger("/MCID") == mcid
                && (mcr["/Pg"] is PdfReference mcrPage ? mcrPage.ObjectID : own) == page) return true;
        }
        return false;
    }

    private static IEnumerable<PdfItem> Kids(PdfDictionary element) => Items(element.Elements.GetValue("/K")).Select(k => Deref(k) ?? k);

    private static IEnumerable<PdfItem> Items(PdfItem? item) => Deref(item) switch
    {
        null => [],
        PdfArray array => array.Elements,
        _ => [item!],
    };

    // (The indexer of a dictionary gives references as they are; GetValue follows them.)
    private static PdfItem? Deref(PdfItem? item) => item is PdfReference reference ? reference.Value : item;

    private static List<int> Mcids(PdfPage page) =>
        Mcid().Matches(Content(page)).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private static string Content(PdfPage page)
    {
        var builder = new StringBuilder();
        foreach (var item in page.Contents.Elements)
        {
            if (Deref(item) is PdfDictionary { Stream: { } stream }) builder.Append(Encoding.Latin1.GetString(stream.UnfilteredValue)).Append('\n');
        }
        return builder.ToString();
    }

    private static IEnumerable<(int Key, PdfItem Value)> Numbers(PdfDictionary? node)
    {
        if (node is null) yield break;
        var nums = node.Elements.GetArray("/Nums");
        for (var i = 0; nums is not null && i + 1 < nums.Elements.Count; i += 2)
        {
            if (Deref(nums.Elements[i]) is PdfInteger key) yield return (key.Value, nums.Elements[i + 1]);
        }
        foreach (var kid in Items(node.Elements.GetValue("/Kids")).Select(Deref).OfType<PdfDictionary>())
        {
            foreach (var entry in Numbers(kid)) yield return entry;
        }
    }

    private static IEnumerable<string> Names(PdfDictionary? node)
    {
        if (node is null) yield break;
        var names = node.Elements.GetArray("/Names");
        for (var i = 0; names is not null && i + 1 < names.Elements.Count; i += 2)
        {
            if (Deref(names.Elements[i]) is PdfString key) yield return key.Value;
        }
        foreach (var kid in Items(node.Elements.GetValue("/Kids")).Select(Deref).OfType<PdfDictionary>())
        {
            foreach (var name in Names(kid)) yield return name;
        }
    }

    [GeneratedRegex(@"/MCID\s+(\d+)")]
    private static partial Regex Mcid();
}
