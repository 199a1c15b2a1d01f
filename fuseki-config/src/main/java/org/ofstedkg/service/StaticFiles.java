package org.ofstedkg.service;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * {@code /assets/...}: the files pages load besides themselves, from the jar: the chart libraries (vega, vega-lite,
 * vega-embed, copied from the npm registry at build time) and the script that draws a page's charts. Only those
 * files are served, so a path cannot reach anything else on the class path. ({@code /static/} is the Fuseki UI's.)
 */
final class StaticFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The path the files are served under. */
    static final String PATH = "/assets/";
    /** The scripts a page with charts loads, in order. */
    static final List<String> CHART_SCRIPTS = List.of(PATH + "vega/build/vega.min.js",
            PATH + "vega-lite/build/vega-lite.min.js", PATH + "vega-embed/build/vega-embed.min.js", PATH + "charts.js");
    private static final String FOLDER = "ofsted-kg/static/";
    private static final List<String> OTHERS = List.of(PATH + "vega/LICENSE", PATH + "vega-lite/LICENSE",
            PATH + "vega-embed/LICENSE");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!CHART_SCRIPTS.contains(path) && !OTHERS.contains(path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, path + " is not a file of this server");
            return;
        }
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(FOLDER + path.substring(PATH.length()))) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, path + " is missing from the build");
                return;
            }
            byte[] bytes = in.readAllBytes();
            response.setContentType(path.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/plain; charset=utf-8");
            response.setHeader("Cache-Control", "public, max-age=86400");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }
}
