package dev.moddesk.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waits until background work is idle and the FX thread has caught up, three checks in a row. */
public final class FxSettle {
    private FxSettle() {
    }

    public static void settle(BooleanSupplier idle, int timeoutSeconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        int calm = 0;
        while (calm < 3) {
            WaitForAsyncUtils.waitForFxEvents();
            calm = idle.getAsBoolean() ? calm + 1 : 0;
            if (System.nanoTime() > deadline) {
                fail("the desk did not settle");
            }
            if (calm < 3) {
                WaitForAsyncUtils.sleep(15, TimeUnit.MILLISECONDS);
            }
        }
    }
}
