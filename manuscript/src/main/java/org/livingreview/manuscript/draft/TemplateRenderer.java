package org.livingreview.manuscript.draft;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.livingreview.manuscript.draft.DraftViews.Draft;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.IncludeEventHandler;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.VelocityException;
import org.livingreview.model.SourceLocation;
import org.livingreview.model.Problems;
import org.livingreview.manuscript.text.MarkdownText;
import org.livingreview.model.ProjectLayout;

/**
 * Renders a draft template with Velocity in strict mode: a misspelt reference or directive is an error
 * naming the template, line and column. Every text value is escaped for Markdown as it is inserted, and
 * data is never evaluated as template code. Templates are looked up in the project first, then among
 * the shipped templates bundled with living-review.
 */
public final class TemplateRenderer {

    /** More #parse includes than any sane draft needs: a template that includes itself. */
    private static final int MAX_INCLUDES = 200;
    private static final Pattern AT = Pattern.compile("at (.+?)\\[line (\\d+), column (\\d+)\\]");

    private TemplateRenderer() {
    }

    /** The rendered Markdown, or empty with the reasons reported. */
    public static Optional<String> render(Path project, String templateName, Draft draft, SourceLocation templateField,
                                   Problems problems) {
        String name = templateName == null ? ProjectLayout.slashed(ProjectLayout.DRAFT_TEMPLATE) : templateName;
        try {
            VelocityEngine engine = engine(project);
            Template template = engine.getTemplate(name, "UTF-8");
            VelocityContext context = new VelocityContext();
            context.put("review", draft.review());
            context.put("introduction", draft.introduction());
            context.put("sections", draft.sections());
            context.put("evidence", draft.evidence());
            context.put("screening", draft.screening());
            context.put("bibliography", draft.bibliography());
            context.put("changes", draft.changes());
            context.put("prisma", draft.prisma());
            context.put("md", new MarkdownTool());
            EventCartridge cartridge = new EventCartridge();
            cartridge.addEventHandler((ReferenceInsertionEventHandler) (ctx, reference, value) ->
                    value instanceof String text ? MarkdownText.escape(text) : value);
            int[] includes = {0};
            cartridge.addEventHandler((IncludeEventHandler) (ctx, included, current, directive) -> {
                if (included.equals(current) || ++includes[0] > MAX_INCLUDES) {
                    throw new RecursiveTemplateException(current);
                }
                return included;
            });
            cartridge.attachToContext(context);
            StringWriter out = new StringWriter();
            template.merge(context, out);
            return Optional.of(out.toString());
        } catch (RecursiveTemplateException e) {
            Path file = project.resolve(e.template).normalize();
            problems.error(Files.exists(file) ? SourceLocation.startOf(file) : templateField, "template '" + e.template
                    + "' includes itself (#parse), directly or through others — remove that #parse");
        } catch (ResourceNotFoundException e) {
            problems.error(located(project, e.getMessage()).orElse(templateField), "template '" + missing(e, name)
                    + "' not found — create it under the review's folder, or remove 'template' from"
                    + " seeds/review.yaml to use the shipped one");
        } catch (ParseErrorException e) {
            SourceLocation where = at(project, e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), templateField);
            if (String.valueOf(e.getMessage()).contains("<EOF>")) {
                problems.error(where, "template syntax error: the template ends inside a block — a #foreach, #if or"
                        + " #macro is missing its #end");
            } else {
                problems.error(where, "template syntax error: " + firstLine(e.getMessage()).replaceAll(" at \\S+\\[line.*$", "")
                        + " — fix the directive here (see docs/templates.md)");
            }
        } catch (MethodInvocationException e) {
            problems.error(at(project, e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), templateField),
                    "template error: " + firstLine(e.getMessage()).replaceAll(" at .*$", "") + " — check the"
                    + " spelling against docs/templates.md");
        } catch (VelocityException e) {
            problems.error(located(project, e.getMessage()).orElse(templateField), "template error: "
                    + firstLine(e.getMessage()) + " — see docs/templates.md");
        }
        return Optional.empty();
    }

    /** Thrown from the include handler when a template includes itself. */
    private static final class RecursiveTemplateException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String template;

        RecursiveTemplateException(String template) {
            super("template " + template + " includes itself", null, false, false);
            this.template = template;
        }
    }

    private static VelocityEngine engine(Path project) {
        Properties p = new Properties();
        p.setProperty("resource.loaders", "file,class");
        p.setProperty("resource.loader.file.class",
                "org.apache.velocity.runtime.resource.loader.FileResourceLoader");
        p.setProperty("resource.loader.file.path", project.toAbsolutePath().toString());
        p.setProperty("resource.loader.file.cache", "false");
        p.setProperty("resource.loader.class.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        p.setProperty("runtime.strict_mode.enable", "true");
        p.setProperty("resource.default_encoding", "UTF-8");
        VelocityEngine engine = new VelocityEngine(p);
        engine.init();
        return engine;
    }

    private static SourceLocation at(Path project, String template, int line, int column, SourceLocation fallback) {
        if (template == null || line < 1) {
            return fallback;
        }
        Path file = project.resolve(template).normalize();
        return new SourceLocation(Files.exists(file) ? file : Path.of("(shipped) " + template), line, Math.max(1, column));
    }

    private static Optional<SourceLocation> located(Path project, String message) {
        Matcher m = AT.matcher(String.valueOf(message));
        return m.find() ? Optional.of(at(project, m.group(1), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), null)) : Optional.empty();
    }

    private static String missing(ResourceNotFoundException e, String fallback) {
        Matcher m = Pattern.compile("resource '([^']+)'").matcher(String.valueOf(e.getMessage()));
        return m.find() ? m.group(1) : fallback;
    }

    private static String firstLine(String message) {
        return String.valueOf(message).split("\n")[0].strip();
    }
}
