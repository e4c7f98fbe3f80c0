using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Cremona.Dup.Web.Infrastructure.Web;

/// <summary>Renders a Razor view to a string in-process (the print view handed to the PDF engine: no HTTP round trip).</summary>
public sealed class RazorViewToStringRenderer(IRazorViewEngine engine, ITempDataProvider tempData, IModelMetadataProvider metadata)
{
    public async Task<string> RenderAsync<TModel>(ActionContext context, string viewPath, TModel model)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = engine.GetView(executingFilePath: null, viewPath, isMainPage: true);
        if (!result.Success)
            throw new InvalidOperationException($"View {viewPath} not found: {string.Join(", ", result.SearchedLocations)}");
        var viewData = new ViewDataDictionary<TModel>(metadata, new ModelStateDictionary()) { Model = model };
        await using var writer = new StringWriter();
        var viewContext = new ViewContext(context, result.View, viewData, new TempDataDictionary(context.HttpContext, tempData),
            writer, new HtmlHelperOptions());
        await result.View.RenderAsync(viewContext);
        return writer.ToString();
    }
}
