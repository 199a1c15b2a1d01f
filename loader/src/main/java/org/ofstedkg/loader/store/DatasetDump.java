package org.ofstedkg.loader.store;

import java.io.OutputStream;
import java.util.Iterator;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * A dump of a whole dataset, every named graph, as N-Quads or TriG: written quad by quad from one read transaction,
 * so that a dump of any size needs no more memory than one quad, and sees one state of the data. {@code kg export}
 * and the server's {@code /dumps/...} both write it, so both give the same content.
 */
public final class DatasetDump {

    /** The formats a dump is offered in: N-Quads (what bulk loaders take) and TriG (readable by people). */
    public enum Format {
        NQUADS("nq", RDFFormat.NQUADS, "application/n-quads"),
        TRIG("trig", RDFFormat.TRIG_BLOCKS, "application/trig");

        private final String extension;
        private final RDFFormat rdfFormat;
        private final String mediaType;

        Format(String extension, RDFFormat rdfFormat, String mediaType) {
            this.extension = extension;
            this.rdfFormat = rdfFormat;
            this.mediaType = mediaType;
        }

        /** The file name ending of the format, without dot ({@code nq}, {@code trig}). */
        public String extension() {
            return extension;
        }

        /** The streaming writer format. */
        public RDFFormat rdfFormat() {
            return rdfFormat;
        }

        /** The media type of the uncompressed dump. */
        public String mediaType() {
            return mediaType;
        }
    }

    private DatasetDump() {}

    /**
     * Writes every quad of {@code dataset} and its prefixes to {@code out}, in one read transaction. Returns the
     * number of quads written; does not close {@code out}.
     */
    public static long write(DatasetGraph dataset, OutputStream out, RDFFormat format) {
        return Txn.calculateRead(dataset, () -> {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, format);
            writer.start();
            dataset.prefixes().forEach(writer::prefix);
            long count = 0;
            Iterator<Quad> quads = dataset.find();
            while (quads.hasNext()) {
                writer.quad(quads.next());
                count++;
            }
            writer.finish();
            return count;
        });
    }
}
