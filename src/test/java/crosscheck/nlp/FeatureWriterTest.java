package crosscheck.nlp;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FeatureWriterTest {
    @Test
    void appendsNumbersInDecimalDigits() {
        List<String> features = new ArrayList<>();
        FeatureWriter writer = new FeatureWriter() {
            @Override
            public void emit() {
                features.add(feature());
            }
        };
        writer.begin("c=").append(0).emit();
        writer.begin("c=").append(7).append(':').append(2048).emit();
        writer.begin("").append(Integer.MAX_VALUE).emit();
        assertEquals(List.of("c=0", "c=7:2048", "2147483647"), features);
        assertThrows(IllegalArgumentException.class, () -> writer.begin("c=").append(-1));
    }
}
