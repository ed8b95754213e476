package fr.lillemetropole.bnm.internal.ops;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UnsupportedEncodingException;

import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;

import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.wrappers.SlingHttpServletResponseWrapper;

/**
 * A response whose body stays in memory until {@link #release()}: closing or flushing its writer does not commit
 * the response. Status and headers go to the real response as they are set.
 */
final class HeldResponse extends SlingHttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private PrintWriter writer;

    HeldResponse(SlingHttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was called already");
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("held responses are written synchronously");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws UnsupportedEncodingException {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() was called already");
        }
        if (writer == null) {
            String encoding = getCharacterEncoding() == null ? "ISO-8859-1" : getCharacterEncoding();
            writer = new PrintWriter(new OutputStreamWriter(body, encoding));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        // held until release()
    }

    @Override
    public void resetBuffer() {
        body.reset();
        super.resetBuffer();
    }

    @Override
    public void reset() {
        body.reset();
        super.reset();
    }

    /** Sends the held body to the client. */
    void release() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (body.size() > 0) {
            ServletOutputStream out = getResponse().getOutputStream();
            body.writeTo(out);
            out.flush();
        }
    }
}
