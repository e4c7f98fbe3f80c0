using System.Globalization;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Cremona.Dup.Web.Infrastructure.Pdf;

/// <summary>
/// Copies the pages of tagged PDFs into one document and joins their structure trees, which PDFsharp's page import
/// leaves behind: each part's structure elements go under one Document element, their page (/Pg) and annotation (/Obj)
/// references point at the imported copies, and the part's parent-tree keys (/StructParents of pages, /StructParent of
/// annotations) and element ids (/ID, and the table cells' /Headers that name them; Chromium numbers both per print)
/// are shifted so that parts cannot collide.
/// </summary>
internal sealed class PdfStructureMerger(PdfDocument document)
{
    // PDF 1.7 annex C: arrays are kept well below 8,191 elements, so number and name trees get leaves of this size.
    private const int LeafSize = 1024;

    private readonly PdfDictionary root = NewObject(document, "/StructElem");
    private readonly PdfArray kids = new(document);
    private readonly List<(int Key, PdfItem Value)> parentTree = [];
    private readonly List<(string Key, PdfItem Value)> ids = [];
    private int nextKey;
    private int parts;

    /// <summary>Imports every page of <paramref name="part"/> with its tags; returns the imported pages in order.</summary>
    public IReadOnlyList<PdfPage> Append(PdfPart part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var source = part.Document;
        var prefix = string.Create(CultureInfo.InvariantCulture, $"p{++parts}-");
        var offset = nextKey;
        var map = new Dictionary<PdfObjectID, PdfItem>();
        var pages = new List<PdfPage>(source.PageCount);
        foreach (var page in source.Pages)
        {
            var imported = document.AddPage(page);
            pages.Add(imported);
            map[page.Reference!.ObjectID] = imported.Reference!;
            // The import copies contents, resources, boxes and annotations only.
            if (page.Elements.GetValue("/StructParents") is PdfInteger structParents)
                imported.Elements["/StructParents"] = new PdfInteger(structParents.Value + offset);
            if (page.Elements.GetValue("/Tabs") is PdfName tabs) imported.Elements["/Tabs"] = tabs;
            if (page.Elements.GetValue("/Group") is PdfDictionary group) imported.Elements["/Group"] = CopyDirect(group, map, prefix);
            var sourceAnnotations = page.Elements.GetArray("/Annots");
            var annotations = imported.Elements.GetArray("/Annots");
            if (sourceAnnotations is null || annotations is null) continue;
            for (var i = 0; i < Math.Min(sourceAnnotations.Elements.Count, annotations.Elements.Count); i++)
            {
                if (sourceAnnotations.Elements[i] is not PdfReference from || annotations.Elements[i] is not PdfReference to) continue;
                map[from.ObjectID] = to;
                if (to.Value is PdfDictionary annotation && annotation.Elements.GetValue("/StructParent") is PdfInteger key)
                    annotation.Elements["/StructParent"] = new PdfInteger(key.Value + offset);
            }
        }

        var structure = source.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot");
        if (structure is null) return pages;
        // The part's own root and Document element become the merged Document element.
        if (structure.Reference is { } structureReference) map[structureReference.ObjectID] = root.Reference!;
        var top = Items(structure.Elements.GetValue("/K")).ToList();
        if (top is [PdfDictionary { Elements: var single } element] && single.GetName("/S") == "/Document")
        {
            if (element.Reference is { } elementReference) map[elementReference.ObjectID] = root.Reference!;
            if (single["/Lang"] is PdfString lang && root.Elements["/Lang"] is null) root.Elements["/Lang"] = lang;
            top = Items(element.Elements.GetValue("/K")).ToList();
        }
        foreach (var kid in top)
        {
            var copy = Copy(Reference(kid), map, prefix);
            if (copy is not null) kids.Elements.Add(copy);
        }
        var highest = -1;
        foreach (var (key, value) in NumberTree(structure.Elements.GetDictionary("/ParentTree")))
        {
            highest = Math.Max(highest, key);
            if (Copy(value, map, prefix) is { } copy) parentTree.Add((key + offset, copy));
        }
        foreach (var (key, value) in NameTree(structure.Elements.GetDictionary("/IDTree")))
        {
            if (Copy(value, map, prefix) is { } copy) ids.Add((prefix + key, copy));
        }
        nextKey = offset + Math.Max(highest + 1, structure.Elements.GetInteger("/ParentTreeNextKey"));
        return pages;
    }

    /// <summary>Writes the merged structure tree into the catalog and marks the document as tagged.</summary>
    public void Finish()
    {
        var structure = NewObject(document, "/StructTreeRoot");
        root.Elements["/S"] = new PdfName("/Document");
        root.Elements["/P"] = structure.Reference!;
        root.Elements["/K"] = kids;
        structure.Elements["/K"] = root.Reference!;
        structure.Elements["/ParentTree"] = Tree("/Nums", parentTree.OrderBy(e => e.Key)
            .Select(e => ((PdfItem)new PdfInteger(e.Key), e.Value, (PdfItem)new PdfInteger(e.Key))).ToList());
        structure.Elements["/ParentTreeNextKey"] = new PdfInteger(nextKey);
        if (ids.Count > 0)
        {
            structure.Elements["/IDTree"] = Tree("/Names", ids.OrderBy(e => e.Key, StringComparer.Ordinal)
                .Select(e => ((PdfItem)new PdfString(e.Key), e.Value, (PdfItem)new PdfString(e.Key))).ToList());
        }
        document.Internals.Catalog.Elements["/StructTreeRoot"] = structure.Reference!;
        var markInfo = new PdfDictionary(document);
        markInfo.Elements["/Marked"] = new PdfBoolean(true);
        document.Internals.Catalog.Elements["/MarkInfo"] = markInfo;
    }

    // A number or name tree: a root whose kids are leaves of LeafSize entries with their limits.
    private PdfReference Tree(string kind, List<(PdfItem Key, PdfItem Value, PdfItem Limit)> entries)
    {
        var tree = new PdfDictionary(document);
        document.Internals.AddObject(tree);
        var leaves = new PdfArray(document);
        foreach (var chunk in entries.Chunk(LeafSize))
        {
            var leaf = new PdfDictionary(document);
            document.Internals.AddObject(leaf);
            var values = new PdfArray(document);
            foreach (var (key, value, _) in chunk)
            {
                values.Elements.Add(key);
                values.Elements.Add(value);
            }
            leaf.Elements[kind] = values;
            leaf.Elements["/Limits"] = new PdfArray(document, chunk[0].Limit, chunk[^1].Limit);
            leaves.Elements.Add(leaf.Reference!);
        }
        tree.Elements["/Kids"] = leaves;
        return tree.Reference!;
    }

    // A copy of an item of the source's structure in this document. Pages and annotations map to their imported copies;
    // other indirect objects are copied once (the map also breaks the /P cycles); a page that was not imported is
    // dropped (null).
    private PdfItem? Copy(PdfItem item, Dictionary<PdfObjectID, PdfItem> map, string prefix)
    {
        switch (item)
        {
            case PdfReference reference:
                if (map.TryGetValue(reference.ObjectID, out var known)) return known;
                if (reference.Value is PdfDictionary { Elements: var elements } && elements.GetName("/Type") == "/Page") return null;
                switch (reference.Value)
                {
                    case PdfDictionary dictionary:
                        var copy = new PdfDictionary(document);
                        document.Internals.AddObject(copy);
                        map[reference.ObjectID] = copy.Reference!;
                        Fill(copy, dictionary, map, prefix);
                        if (dictionary.Stream is { } stream) copy.CreateStream(stream.Value);
                        return copy.Reference;
                    case PdfArray array:
                        var arrayCopy = new PdfArray(document);
                        document.Internals.AddObject(arrayCopy);
                        map[reference.ObjectID] = arrayCopy.Reference!;
                        Fill(arrayCopy, array, map, prefix);
                        return arrayCopy.Reference;
                    case { } value:
                        return Copy(value, map, prefix);
                    default:
                        return PdfNull.Value;
                }
            case PdfDictionary dictionary:
                return CopyDirect(dictionary, map, prefix);
            case PdfArray array:
                var direct = new PdfArray(document);
                Fill(direct, array, map, prefix);
                return direct;
            default:
                // Numbers, names, strings, booleans and null own nothing and are written as they are.
                return item;
        }
    }

    private PdfDictionary CopyDirect(PdfDictionary dictionary, Dictionary<PdfObjectID, PdfItem> map, string prefix)
    {
        var copy = new PdfDictionary(document);
        Fill(copy, dictionary, map, prefix);
        return copy;
    }

    private void Fill(PdfDictionary copy, PdfDictionary source, Dictionary<PdfObjectID, PdfItem> map, string prefix)
    {
        foreach (var key in source.Elements.Keys)
        {
            var value = source.Elements[key];
            if (value is null) continue;
            if (key == "/ID" && value is PdfString id) copy.Elements[key] = new PdfString(prefix + id.Value);
            else if (key == "/Headers" && value is PdfArray headers)
            {
                copy.Elements[key] = new PdfArray(document, headers.Elements
                    .Select(h => h is PdfString name ? new PdfString(prefix + name.Value) : Copy(h, map, prefix) ?? PdfNull.Value).ToArray());
            }
            else if (Copy(value, map, prefix) is { } item) copy.Elements[key] = item;
        }
    }

    private void Fill(PdfArray copy, PdfArray source, Dictionary<PdfObjectID, PdfItem> map, string prefix)
    {
        foreach (var value in source.Elements)
        {
            if (Copy(value, map, prefix) is { } item) copy.Elements.Add(item);
        }
    }

    private static PdfDictionary NewObject(PdfDocument document, string type)
    {
        var dictionary = new PdfDictionary(document);
        dictionary.Elements["/Type"] = new PdfName(type);
        document.Internals.AddObject(dictionary);
        return dictionary;
    }

    private static PdfItem Reference(PdfItem item) => item is PdfObject { Reference: { } reference } ? reference : item;

    // The items of a /K entry: an array's elements, or the single item.
    private static IEnumerable<PdfItem> Items(PdfItem? item) => Deref(item) switch
    {
        null => [],
        PdfArray array => array.Elements.Select(e => e is PdfReference r ? r.Value ?? e : e),
        var single => [single],
    };

    private static PdfItem? Deref(PdfItem? item) => item is PdfReference reference ? reference.Value : item;

    private static IEnumerable<(int Key, PdfItem Value)> NumberTree(PdfDictionary? node) =>
        from entry in Leaves(node, "/Nums") where Deref(entry.Key) is PdfInteger select (((PdfInteger)Deref(entry.Key)!).Value, entry.Value);

    private static IEnumerable<(string Key, PdfItem Value)> NameTree(PdfDictionary? node) =>
        from entry in Leaves(node, "/Names") where Deref(entry.Key) is PdfString select (((PdfString)Deref(entry.Key)!).Value, entry.Value);

    // The key/value pairs of a number tree (/Nums) or name tree (/Names), its kids' in order.
    private static IEnumerable<(PdfItem Key, PdfItem Value)> Leaves(PdfDictionary? node, string kind)
    {
        if (node is null) yield break;
        if (node.Elements.GetArray(kind) is { } pairs)
        {
            for (var i = 0; i + 1 < pairs.Elements.Count; i += 2) yield return (pairs.Elements[i], pairs.Elements[i + 1]);
        }
        foreach (var kid in Items(node.Elements.GetValue("/Kids")).OfType<PdfDictionary>())
        {
            foreach (var entry in Leaves(kid, kind)) yield return entry;
        }
    }
}
