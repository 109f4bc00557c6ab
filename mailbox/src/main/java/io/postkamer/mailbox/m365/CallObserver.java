package io.postkamer.mailbox.m365;

import java.time.Duration;

/**
 * What the Microsoft 365 client tells about its remote calls, for metrics: each call with its answer, each wait for
 * the tenant's budget. Called on the calling thread; it must be quick and must not throw.
 */
public interface CallObserver {

    /**
     * A call answered (or not: status 0 for a timeout or a broken connection).
     *
     * @param service   {@code graph} or {@code exchange}
     * @param operation the cmdlet, or the Graph method and path with ids left out
     */
    void called(String service, String operation, int status, Duration took);

    /** A call waited this long for the tenant's budget before it was made. */
    void waited(String service, Duration waited);

    static CallObserver none() {
        return new CallObserver() {
            @Override
            public void called(String service, String operation, int status, Duration took) {}

            @Override
            public void waited(String service, Duration waited) {}
        };
    }
}
