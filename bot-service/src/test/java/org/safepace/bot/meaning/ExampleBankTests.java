package org.safepace.bot.meaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ExampleBankTests {

    @Test
    void readsLabelKindAndTextAndSkipsComments() {
        ExampleBank bank = ExampleBank.parse("# comment\n\nfear\tpositive\ti'm scared\nfear\tnegated\ti'm not scared\n",
                "test.tsv", Set.of("fear"));

        assertThat(bank.examples()).extracting(LabelledExample::text).containsExactly("i'm scared", "i'm not scared");
        assertThat(bank.examples().get(1).kind()).isEqualTo(LabelledExample.Kind.NEGATED);
        assertThat(bank.examples().get(0).positive()).isTrue();
    }

    @Test
    void aMalformedLineNamesTheFileAndTheLine() {
        assertThatThrownBy(() -> ExampleBank.parse("fear\tpositive\tok\nfear positive missing tabs\n", "acts.tsv",
                Set.of("fear"))).hasMessageContaining("acts.tsv line 2");
        assertThatThrownBy(() -> ExampleBank.parse("fear\tmaybe\ttext\n", "acts.tsv", Set.of("fear")))
                .hasMessageContaining("acts.tsv line 1").hasMessageContaining("unknown kind 'maybe'");
        assertThatThrownBy(() -> ExampleBank.parse("feer\tpositive\ttext\n", "acts.tsv", Set.of("fear")))
                .hasMessageContaining("unknown label 'feer'");
        assertThatThrownBy(() -> ExampleBank.parse("# nothing\n", "empty.tsv", Set.of("fear")))
                .hasMessageContaining("empty.tsv: no examples");
    }
}
