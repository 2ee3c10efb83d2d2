package org.replyarchive.fork;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.replyarchive.SiteGenerator;
import org.replyarchive.build.BuildListener;
import org.replyarchive.build.BuildResult;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.config.Language;
import org.replyarchive.output.UnsafeOutputException;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.InvalidRequestException;
import org.replyarchive.problem.Problem;

/**
 * The child's side of a forked build: builds the configuration given as {@code key=value} arguments and tells
 * the parent everything on its standard output as {@link ForkMessages}. Exits 0 when the site was built, 1 when
 * the build failed (the last line says how).
 */
public final class ForkedBuild {

    private ForkedBuild() {}

    public static void main(String[] args) {
        // The messages own standard output; anything else that prints goes to standard error.
        PrintStream messages = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        System.exit(run(args, messages));
    }

    static int run(String[] args, PrintStream messages) {
        try {
            BuildResult result = SiteGenerator.build(config(args), listener(messages));
            messages.println(ForkMessages.line(ForkMessages.BUILT, result.output().toString(),
                    Integer.toString(result.replies()), Integer.toString(result.pages()),
                    Integer.toString(result.rendered()), Integer.toString(result.files()),
                    String.join(",", result.languages().stream().map(Language::code).toList()),
                    Long.toString(result.nanos())));
            return 0;
        } catch (ContentProblemsException e) {
            e.problems().forEach(p -> messages.println(ForkMessages.line(ForkMessages.PROBLEM, p)));
            return failed(messages, "content", e.getMessage());
        } catch (InvalidRequestException e) {
            return failed(messages, "request", e.getMessage());
        } catch (UnsafeOutputException e) {
            return failed(messages, "unsafe", e.getMessage());
        } catch (RuntimeException | Error e) {
            e.printStackTrace();
            return failed(messages, "other", e.getClass().getName() + ": " + e.getMessage());
        }
    }

    private static int failed(PrintStream messages, String kind, String message) {
        messages.println(ForkMessages.line(ForkMessages.FAILED, kind, String.valueOf(message)));
        return 1;
    }

    private static BuildListener listener(PrintStream messages) {
        return new BuildListener() {
            @Override
            public void info(String message) {
                messages.println(ForkMessages.line(ForkMessages.INFO, message));
            }

            @Override
            public void warning(Problem problem) {
                messages.println(ForkMessages.line(ForkMessages.WARNING, problem));
            }
        };
    }

    /** The arguments that give {@code config} to a child. */
    static List<String> arguments(BuildConfig config) {
        List<String> args = new ArrayList<>();
        args.add("content=" + config.contentDirectory());
        args.add("output=" + config.outputDirectory());
        config.themeDirectory().ifPresent(theme -> args.add("theme=" + theme));
        args.add("baseUrl=" + config.baseUrl());
        args.add("languages=" + String.join(",", config.languages().stream().map(Language::code).toList()));
        config.cacheDirectory().ifPresent(cache -> args.add("cache=" + cache));
        args.add("lockTimeout=" + config.lockTimeout());
        return args;
    }

    static BuildConfig config(String[] args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (equals < 0) {
                throw new InvalidRequestException("a forked build takes key=value arguments, got '" + arg + "'");
            }
            given.put(arg.substring(0, equals), arg.substring(equals + 1));
        }
        BuildConfig.Builder builder = BuildConfig.builder(Path.of(required(given, "content")),
                Path.of(required(given, "output"))).baseUrl(required(given, "baseUrl"));
        if (given.containsKey("theme")) {
            builder.themeDirectory(Path.of(given.get("theme")));
        }
        if (given.containsKey("cache")) {
            builder.cacheDirectory(Path.of(given.get("cache")));
        }
        List<Language> languages = new ArrayList<>();
        for (String code : given.getOrDefault("languages", "").split(",")) {
            if (!code.isEmpty()) {
                languages.add(Language.fromCode(code).orElseThrow(() -> new InvalidRequestException(
                        "languages: '" + code + "' is not a known language — use " + Language.knownCodes())));
            }
        }
        return builder.languages(languages)
                .lockTimeout(Duration.parse(given.getOrDefault("lockTimeout", BuildConfig.DEFAULT_LOCK_TIMEOUT.toString())))
                .build();
    }

    private static String required(Map<String, String> given, String key) {
        String value = given.get(key);
        if (value == null) {
            throw new InvalidRequestException("a forked build needs " + key + "=…");
        }
        return value;
    }
}
