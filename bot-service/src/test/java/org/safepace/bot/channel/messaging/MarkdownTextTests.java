package org.safepace.bot.channel.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTests {

    private static final String REPLY = """
            ## Go slowly
            **Pause** if it hurts, and keep *breathing*.
            - use plenty of lubricant
            * stop at the 2/10 mark
            See [the NHS page](https://www.nhs.uk/conditions/vaginismus/) and `step 1`.""";

    @Test
    void plainTextKeepsTheWordsAndDropsEveryMarkdownSymbol() {
        assertThat(MarkdownText.toPlainText(REPLY)).isEqualTo("""
                Go slowly
                Pause if it hurts, and keep breathing.
                • use plenty of lubricant
                • stop at the 2/10 mark
                See the NHS page (https://www.nhs.uk/conditions/vaginismus/) and step 1.""");
    }

    @Test
    void whatsAppUsesItsOwnBoldAndItalics() {
        assertThat(MarkdownText.toWhatsApp(REPLY)).isEqualTo("""
                *Go slowly*
                *Pause* if it hurts, and keep _breathing_.
                • use plenty of lubricant
                • stop at the 2/10 mark
                See the NHS page (https://www.nhs.uk/conditions/vaginismus/) and step 1.""");
    }

    @Test
    void leavesArithmeticAndLoneSymbolsAlone() {
        assertThat(MarkdownText.toPlainText("Rate it 2 * 3 or 5*4, not **.")).isEqualTo("Rate it 2 * 3 or 5*4, not **.");
    }

    @Test
    void aLinkWhoseTextIsItsAddressIsShownOnce() {
        assertThat(MarkdownText.toPlainText("[https://example.org](https://example.org)"))
                .isEqualTo("https://example.org");
    }

    @Test
    void htmlLikeTextStaysLiteralBecauseNothingIsParsedAsMarkup() {
        assertThat(MarkdownText.toPlainText("<b>x</b> & y")).isEqualTo("<b>x</b> & y");
    }
}
