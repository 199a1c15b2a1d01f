package org.ofstedkg.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.jena.atlas.json.JsonNumber;

/** Measured figures as JSON numbers, to three decimals: finer digits would only be noise. */
final class Decimals {

    private Decimals() {}

    static JsonNumber of(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return JsonNumber.value(-1L);
        }
        return JsonNumber.value(BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP));
    }
}
