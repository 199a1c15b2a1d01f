package org.ofstedkg.service;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionalSystem;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Which state of a TDB2 database a read transaction sees: the database's transaction coordinator counts the write
 * transactions committed, and a transaction remembers the count at its start. Two reads that see the same version of
 * the same database see the same data, so an answer computed at one version stays right until a write commits.
 *
 * <p>{@code database} tells databases apart within one server: TDB2 swaps in a new database (a new coordinator, whose
 * count starts again) when it compacts, so the count alone would not do.
 *
 * @param database the identity of the database's transaction coordinator
 * @param commits write transactions committed before the read began
 */
record DataVersion(int database, long commits) {

    /**
     * The version the calling thread's transaction on {@code dataset} sees, or null when there is none to know: a
     * dataset not stored in TDB2 (a stock Fuseki's plain in-memory dataset, say) counts no commits, and then nothing
     * is cached. The in-memory twin ({@code --mem--}) is TDB2 and has one.
     * jena-text's dataset and other wrappers are looked through to the TDB2 database they wrap.
     */
    static DataVersion seenBy(DatasetGraph dataset) {
        DatasetGraph inner = dataset;
        while (!TDBInternal.isBackedByTDB(inner)) {
            if (!(inner instanceof DatasetGraphWrapper wrapper)) {
                return null;
            }
            inner = wrapper.getWrapped();
        }
        TransactionalSystem system = TDBInternal.getDatasetGraphTDB(inner).getTxnSystem();
        Transaction transaction = system.getThreadTransaction();
        if (transaction == null) {
            throw new IllegalStateException("the data version is read inside a transaction, so that it is the one the reads see");
        }
        return new DataVersion(System.identityHashCode(system.getTxnMgr()), transaction.getDataVersion());
    }
}
