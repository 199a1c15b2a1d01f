package org.ofstedkg.service;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Each client's account of server time, as a leaky bucket: the time its requests took is added, and drains away at
 * the rate of the budget ({@code budget} per minute). A client whose account holds more than the budget must wait
 * until it has drained below it: a client may spend its whole budget in a burst, then as much as it has earned back.
 */
final class QueryTimeBudget {

    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);
    /** Accounts kept before drained ones are dropped, so that many one-off clients cannot grow the map for ever. */
    private static final int ACCOUNTS_BEFORE_SWEEP = 10_000;

    private final long budgetNanos;
    private final ConcurrentHashMap<String, Account> accounts = new ConcurrentHashMap<>();

    QueryTimeBudget(Duration perMinute) {
        this.budgetNanos = perMinute.toNanos();
    }

    /** How long {@code client} must wait before its next request is served; zero when it may go now. */
    Duration waitFor(String client, long now) {
        Account account = accounts.get(client);
        if (account == null) {
            return Duration.ZERO;
        }
        long over = account.balance(now) - budgetNanos;
        // At the drain rate (budget per minute) the excess takes over * MINUTE / budget to drain.
        return over <= 0 ? Duration.ZERO : Duration.ofNanos((long) ((double) over * MINUTE / budgetNanos));
    }

    /** Adds the time a request of {@code client} took. */
    void spend(String client, long nanos, long now) {
        if (accounts.size() > ACCOUNTS_BEFORE_SWEEP) {
            accounts.values().removeIf(account -> account.balance(now) == 0);
        }
        accounts.computeIfAbsent(client, key -> new Account(now)).add(nanos, now);
    }

    private final class Account {

        private long balance;
        private long updated;

        Account(long now) {
            this.updated = now;
        }

        synchronized long balance(long now) {
            long drained = (long) ((double) (now - updated) * budgetNanos / MINUTE);
            balance = Math.max(0, balance - drained);
            updated = now;
            return balance;
        }

        synchronized void add(long nanos, long now) {
            balance(now);
            balance += nanos;
        }
    }
}
