package org.replyarchive.bench;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The shape of a synthetic archive: how long its bodies and their translations are, and how large its registries.
 *
 * <p>{@link #REALISTIC} is the archive the benchmark has always built, sized after the seeds; {@link #STRESS} has
 * bodies and registries several times larger, to find where the engine stops scaling. Body lengths are drawn
 * uniformly when the mean is the middle of the range, else from the triangular distribution with that mean, so
 * that a long tail of very long replies does not make the typical one long too.
 *
 * @param name what {@code bench.profile} calls it
 * @param minBody the shortest Chinese body, in characters
 * @param maxBody the longest
 * @param meanBody the mean of the drawn lengths
 * @param englishRatio characters of English per character of Chinese
 * @param proposers entries of {@code registry/proposers.yaml}
 * @param departments entries of {@code registry/departments.yaml}
 * @param topics entries of {@code registry/topics.yaml}
 * @param sessions entries of {@code registry/sessions.yaml}
 */
public record ArchiveProfile(String name, int minBody, int maxBody, int meanBody, double englishRatio,
        int proposers, int departments, int topics, int sessions) {

    /** Words of English per character of Chinese in a full translation of an official text. */
    public static final double STRESS_ENGLISH_WORDS_PER_CHAR = 0.63;

    /** Today's archive: bodies of 3,000–15,000 characters, summarised rather than fully translated. */
    public static final ArchiveProfile REALISTIC =
            new ArchiveProfile("realistic", 3_000, 15_000, 9_000, 1.5, 40, 15, 20, 10);

    /** Long bodies fully translated, ten times the proposers, twice the departments, three times the topics. */
    public static final ArchiveProfile STRESS = new ArchiveProfile("stress", 8_000, 35_000, 19_000,
            STRESS_ENGLISH_WORDS_PER_CHAR * SyntheticBodies.charsPerEnglishWord(), 400, 30, 60, 18);

    public ArchiveProfile {
        if (minBody < 1_000 || maxBody < minBody + 1_000 || meanBody <= minBody || meanBody >= maxBody) {
            throw new IllegalArgumentException("bodies need 1,000 <= min < mean < max, 1,000 apart: " + minBody
                    + " " + meanBody + " " + maxBody);
        }
    }

    /** The profile {@code bench.profile} names. */
    public static ArchiveProfile named(String name) {
        return List.of(REALISTIC, STRESS).stream().filter(p -> p.name.equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "bench.profile must be realistic or stress, got '" + name + "'"));
    }

    /** This profile with another English/Chinese length ratio. */
    public ArchiveProfile withEnglishRatio(double ratio) {
        return new ArchiveProfile(name, minBody, maxBody, meanBody, ratio, proposers, departments, topics, sessions);
    }

    /**
     * The length to aim a body at. The writer may fall up to 500 characters short or run 150 over, so the
     * draw keeps those margins inside the range.
     */
    int drawBodyLength(Random rng) {
        int low = minBody + 500;
        int high = maxBody - 150;
        if (meanBody * 2 == minBody + maxBody) {
            return low + rng.nextInt(high - low); // the draw the realistic archive was always made with
        }
        double mode = 3.0 * meanBody - low - high;
        double split = (mode - low) / (high - low);
        // Replies' generators are seeded with consecutive numbers, whose first doubles lie close together:
        // a SplittableRandom scrambles the seed it is given, so that the lengths spread over the whole range.
        double u = new SplittableRandom(rng.nextLong()).nextDouble();
        double length = u < split
                ? low + Math.sqrt(u * (high - low) * (mode - low))
                : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
        return (int) Math.round(length);
    }

    /** One line for the benchmark's header. */
    String describe() {
        return String.format(Locale.ROOT, "profile %s: bodies %,d–%,d characters (mean ≈%,d), English %.2f"
                        + " characters per Chinese character, %d proposers, %d departments, %d topics, %d sessions",
                name, minBody, maxBody, meanBody, englishRatio, proposers, departments, topics, sessions);
    }
}
