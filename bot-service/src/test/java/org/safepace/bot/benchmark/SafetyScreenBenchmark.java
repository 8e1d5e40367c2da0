package org.safepace.bot.benchmark;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.safepace.bot.safety.SafetyDecision;
import org.safepace.bot.safety.SafetyScreen;

/**
 * Latency of the safety screen on a ~2,000-character message (it runs on every message); the target is
 * a p99 of at most 0.5 ms (issue 11; the shared query embedding is not part of it). Sample-time mode, so JMH reports percentiles. Not a test: its name does not end in Tests or IT.
 * Run from the repository root (the first command compiles, runs JMH's annotation processor and writes the test
 * classpath, knowledge-base module included, to bot-service/target/test-classpath.txt):
 *
 * <pre>
 * mvn -o -q -pl bot-service -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp bot-service/target/test-classes:bot-service/target/classes:$(cat bot-service/target/test-classpath.txt) \
 *     org.safepace.bot.benchmark.SafetyScreenBenchmark
 * </pre>
 *
 * Figures (before and after the one-pass token index of 2026-12-01, with the load average beside each) are in the
 * README's safety section. On this shared 2-core machine the sampled p99 is mostly other processes' scheduling: read
 * it together with the per-message CPU time the README gives alongside.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class SafetyScreenBenchmark {

    /** A long, realistic message with red flags scattered through benign text (the screen's worst case). */
    static final String RED_FLAGS = """
            Hi, I hope it's okay to write a long message, I've been trying to put this into words for a while. \
            I started dilator training about seven weeks ago after my physio explained the fear-tension-pain cycle, \
            and for the first few weeks it honestly went better than I expected: I did the breathing exercises, \
            warmed the dilator to body temperature, used plenty of lube and kept everything under 2/10 like the \
            guide says. My partner has been lovely and patient, he never pressures me and we've taken penetration \
            off the table for now. Last week I moved up to the second size and it felt like a big step. \
            But since the weekend something has changed. On Saturday there was a little blood on the trainer when \
            I took it out, not a lot, just a few drops, and I told myself it was probably nothing. Then on Sunday \
            the pain was sharper than usual, maybe a 7 out of 10, and it has been aching on and off ever since. \
            Yesterday evening I felt hot and shivery and my temprature was 38.1, and this morning there is a \
            strange smell and some yellowish discharge that I don't usually have. I had thrush two years ago but \
            this feels different. I'm not dizzy and I haven't fainted or anything like that, and the bleeding \
            isn't heavy, but I'm worried I've done something wrong and I feel really low about the whole thing. \
            I don't want to give up because I was finally making progress. Should I keep going with the smaller \
            size, or stop completely for a while? Is it normal to bleed a bit when you move up a size? And what \
            if it gets worse over the next few days? My clinic is closed until Monday and I don't really know \
            who else to ask. Sorry for the essay, and thank you for reading all of this. I just want to do this \
            safely and not undo all the work we've put in together over the last couple of months. We've also been \
            doing the sensate focus exercises from the partner article, which have been lovely, and I've started \
            journalling about how I feel before and after each session, as my physio suggested.""";

    /** The same length of benign text: the common case. */
    static final String BENIGN = """
            Hi, I hope it's okay to write a long message, I've been trying to put this into words for a while. \
            I started dilator training a few weeks ago after my physio explained the fear-tension-pain cycle, and \
            it honestly went better than I expected: I did the breathing exercises, warmed the dilator to body \
            temperature, used plenty of lube and kept everything under 2/10 like the guide says. My partner has \
            been lovely and patient and we've taken penetration off the table for now, which took a lot of the \
            pressure away. Last week I moved up to the second size and it felt like a big step, a bit of a stretch \
            at first but it eased after a couple of minutes of slow breathing. I've been practising most evenings \
            for about ten or fifteen minutes, usually after a warm bath, with some music on, and I write down how it \
            felt afterwards in a little notebook so I can see the progress over time. Some days are easier than \
            others; when I'm stressed from work my muscles feel tighter and I stay on the smaller size, and that \
            seems to help. I wanted to ask a few practical things. How long should I hold the dilator in once it's \
            comfortable? Is it better to practise every day or to leave a rest day in between? When would it make \
            sense to try the next size, and how do I know if I'm ready? Also, my partner would like to be more \
            involved: are there ways he can help during practice without it feeling like pressure? We've been \
            reading the articles together and talking more openly, which has been really good for us. Thank you \
            for all the information so far, it has made this feel a lot less lonely. One more thing: we're going away \
            for a long weekend next month and I'm not sure whether to bring the dilators or just have a break and \
            enjoy the time together. My physio said a few days off won't undo anything, but I worry I'll lose my \
            confidence. What do other people usually do when they travel, and is there anything that helps to get \
            back into the routine afterwards without feeling discouraged?""";

    /** The red-flag message with a soft hyphen inside every word of four letters or more: the normaliser's slow path. */
    static final String HIDDEN = RED_FLAGS.replaceAll("\\b(\\p{L}{2})(\\p{L}{2,})", "$1\u00AD$2");

    private SafetyScreen screen;

    @Setup
    public void setUp() {
        screen = new SafetyScreen();
    }

    @Benchmark
    public SafetyDecision redFlagMessage() {
        return screen.screen(RED_FLAGS);
    }

    @Benchmark
    public SafetyDecision benignMessage() {
        return screen.screen(BENIGN);
    }

    @Benchmark
    public SafetyDecision invisibleCharactersMessage() {
        return screen.screen(HIDDEN);
    }

    public static void main(String[] args) throws RunnerException {
        System.out.printf("message lengths: red flags %d chars, benign %d chars, with soft hyphens %d chars; decisions: "
                + "%s / %s%n", RED_FLAGS.length(), BENIGN.length(), HIDDEN.length(), new SafetyScreen().screen(RED_FLAGS),
                new SafetyScreen().screen(HIDDEN));
        Options options = new OptionsBuilder().include(SafetyScreenBenchmark.class.getSimpleName()).build();
        new Runner(options).run();
    }
}
