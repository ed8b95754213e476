package fr.lillemetropole.bnm.internal.api;

import java.io.IOException;
import java.io.OutputStream;

import javax.servlet.http.HttpServletResponse;

/**
 * A download written straight to the response as it is produced (exports of a whole campaign): no
 * whole body in memory. Whatever can refuse the call (rights, unknown campaign) is checked before the
 * route returns one, so that refusals are still problem+json; once writing began, an error can only
 * cut the download short.
 */
record StreamBody(String contentType, String filename, Content content) {

    /** Writes the body to the stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws Exception;
    }

    void write(HttpServletResponse response) throws Exception {
        response.setStatus(200);
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        response.setHeader("Cache-Control", "no-store");
        OutputStream out = response.getOutputStream();
        content.writeTo(new Unclosable(out));
        out.flush();
    }

    /** The writers close what they wrap: the servlet container closes the response's stream itself. */
    private static final class Unclosable extends java.io.FilterOutputStream {

        Unclosable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
