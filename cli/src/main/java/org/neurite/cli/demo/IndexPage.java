package org.neurite.cli.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neurite.channels.io.AtomicFile;

/** The demo's {@code index.html}: every result on one page (no external resources). */
final class IndexPage {
    private final String title;
    private final List<String> body = new ArrayList<>();

    IndexPage(String title) {
        this.title = title;
    }

    IndexPage heading(String text) {
        body.add("<h2>" + escape(text) + "</h2>");
        return this;
    }

    IndexPage paragraph(String text) {
        body.add("<p>" + escape(text) + "</p>");
        return this;
    }

    IndexPage preformatted(String text) {
        body.add("<pre>" + escape(text) + "</pre>");
        return this;
    }

    /** An image by its path relative to the page. */
    IndexPage image(String relativePath, String caption) {
        body.add("<figure><img src=\"" + escape(relativePath) + "\" alt=\"" + escape(caption) + "\"><figcaption>"
                + escape(caption) + "</figcaption></figure>");
        return this;
    }

    /** A row of small images (e.g. 3D frames). */
    IndexPage gallery(List<String> relativePaths, List<String> captions) {
        StringBuilder sb = new StringBuilder("<div class=\"gallery\">");
        for (int i = 0; i < relativePaths.size(); i++) {
            sb.append("<figure><img src=\"").append(escape(relativePaths.get(i))).append("\" alt=\"")
                    .append(escape(captions.get(i))).append("\"><figcaption>").append(escape(captions.get(i)))
                    .append("</figcaption></figure>");
        }
        body.add(sb.append("</div>").toString());
        return this;
    }

    /** Writes the page atomically. */
    void write(Path file) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;max-width:1050px;margin:2em auto;color:#222}")
                .append("img{max-width:100%;border:1px solid #ddd}figure{margin:1em 0}")
                .append("figcaption{color:#555;font-size:90%}pre{background:#f6f6f6;padding:.6em}")
                .append(".gallery{display:flex;flex-wrap:wrap;gap:8px}.gallery figure{width:32%;margin:0}")
                .append("\n</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n");
        for (String b : body) {
            html.append(b).append('\n');
        }
        html.append("</body>\n</html>\n");
        AtomicFile.writeString(file, html.toString());
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
