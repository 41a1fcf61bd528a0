package dev.concierge.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The pages' templates (src/main/jte), compiled to Java classes by the build: nothing is parsed or
 * compiled at run time, and a template that does not fit its model fails the build. Output is
 * escaped for its place in the HTML (text, attribute, URL) by jte itself.
 */
final class Templates {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  String render(String template, Map<String, Object> params) {
    StringOutput output = new StringOutput(8192);
    engine.render(template, params, output);
    return output.toString();
  }
}
