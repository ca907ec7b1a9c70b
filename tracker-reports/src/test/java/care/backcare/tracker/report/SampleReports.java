package care.backcare.tracker.report;

import care.backcare.tracker.pain.RedFlag;
import care.backcare.tracker.pain.RedFlagTriage;
import care.backcare.tracker.stretch.Stretch;
import care.backcare.tracker.stretch.StretchCatalog;
import care.backcare.tracker.trend.Figures;
import care.backcare.tracker.trend.IsoWeek;
import care.backcare.tracker.trend.PainFact;
import care.backcare.tracker.trend.PlanTimeline;
import care.backcare.tracker.trend.SessionFact;
import care.backcare.tracker.trend.TrendAnalysis;
import care.backcare.tracker.trend.TrendHistory;
import care.backcare.tracker.trend.TrendWindow;
import care.backcare.tracker.trend.Trends;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Weekly reports built the way tracker-api builds them, from day-by-day activity: the days are
 * simulated (deterministically, from a seed), turned into the per-date {@link TrendHistory} the API
 * reads and handed to the real {@link TrendAnalysis}, so every trend figure is genuine and
 * the daily chart, the red flags and the week table agree with each other. Shared with tracker-bench
 * through the test-jar.
 */
public final class SampleReports {

    public static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    public static final IsoWeek WEEK = IsoWeek.parse("2026-W47");
    public static final Instant GENERATED = Instant.parse("2026-11-23T08:05:00Z");

    private SampleReports() {
    }

    /** Twelve weeks, tracking from week 3, pain easing as the routine settles; red flags and sharp pain. */
    public static WeeklyReport twelveWeeks() {
        return builder().build();
    }

    /** The report of the current week on its Wednesday: the week is drawn and labelled "so far". */
    public static WeeklyReport weekInProgress() {
        return builder().today(WEEK.start().plusDays(2)).restRate(0.35).build();
    }

    /** A full year: the largest window the API allows. */
    public static WeeklyReport fiftyTwoWeeks() {
        return builder().weeks(52).untrackedWeeks(4).seed(52).build();
    }

    /** A window with nothing logged in it: every week untracked, no pain, no stretches, no notes. */
    public static WeeklyReport empty() {
        return builder().name("Жанна Иванова").noActivity().redFlags(List.of()).sharpPain(List.of())
                .stretches(List.of()).notes(List.of()).defaultPlan().streakless().build();
    }

    /** Thirty notes of 2,000 characters each, one of them a single unbroken word. */
    public static WeeklyReport longNotes() {
        List<Note> notes = new ArrayList<>();
        String sentence = "Stiff in the morning, easier after cat-cow and a short walk; sat for long hours at work. ";
        for (int i = 0; i < 30; i++) {
            String text = ("Note " + (i + 1) + ". " + sentence.repeat(30)).substring(0, 2_000);
            LocalDate day = WEEK.start().plusDays(i / 5);
            notes.add(new Note(day, at(day, 8 + 2 * (i % 5), 5, LISBON),
                    i % 3 == 0 ? Note.Kind.PAIN : Note.Kind.SESSION, i == 29 ? "x".repeat(2_000) : text));
        }
        return builder().notes(notes).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A stretch of the catalog with this week's tallies, done on both sides at once. */
    public static StretchWeek stretch(String id, boolean inPlan, int timesDone, int reps, int holdSeconds,
                                      int left, int right, int both) {
        return stretch(id, inPlan, timesDone, reps, holdSeconds, left, right, both, 0, 0);
    }

    /** A stretch of the catalog with this week's tallies, with the hold time on each side alone. */
    public static StretchWeek stretch(String id, boolean inPlan, int timesDone, int reps, int holdSeconds,
                                      int left, int right, int both, int leftHoldSeconds, int rightHoldSeconds) {
        Stretch stretch = StretchCatalog.find(id).orElseThrow();
        return new StretchWeek(id, stretch.name(), stretch.perSide(), inPlan, timesDone, reps, holdSeconds,
                left, right, both, leftHoldSeconds, rightHoldSeconds);
    }

    /** A pain entry with red flags on a day of the window. */
    public record RedFlagSpec(LocalDate date, LocalTime time, int score, Set<RedFlag> flags) {
    }

    public static final class Builder {

        private String name = "Zoë Ødegård";
        private ZoneId zone = LISBON;
        private IsoWeek week = WEEK;
        private int weeks = 12;
        private int untrackedWeeks = 2;
        private long seed = 25;
        private double sessionRateFrom = 0.35;
        private double sessionRateTo = 0.8;
        private double painFrom = 6.6;
        private double painTo = 3.4;
        private double painLogRate = 0.75;
        private boolean logsPain = true;
        private Integer constantPain;
        private int activeWeeks = Integer.MAX_VALUE;
        private int streakDays = -1;
        private LocalDate today = GENERATED.atZone(LISBON).toLocalDate();
        private double restRate = 0.06;
        private PlanInForce plan = new PlanInForce(
                List.of("childs-pose", "cat-cow", "knee-to-chest", "pigeon-pose", "glute-bridge", "wall-angels"),
                10, 6, false);
        private List<RedFlagSpec> redFlags = List.of(
                new RedFlagSpec(WEEK.start().minusDays(19), LocalTime.of(21, 40), 7,
                        EnumSet.of(RedFlag.PAIN_RADIATING_DOWN_LEG, RedFlag.WORSE_AT_NIGHT)),
                new RedFlagSpec(WEEK.start().plusDays(2), LocalTime.of(7, 55), 6,
                        EnumSet.of(RedFlag.LEG_WEAKNESS, RedFlag.NUMBNESS_OR_TINGLING)));
        private List<SharpPainSession> sharpPain = List.of(
                new SharpPainSession(WEEK.start().minusDays(9), at(WEEK.start().minusDays(9), 7, 30, LISBON),
                        "Sharp twinge in the lower back in pigeon pose, stopped there."),
                new SharpPainSession(WEEK.start().plusDays(3), at(WEEK.start().plusDays(3), 18, 10, LISBON), null));
        private List<StretchWeek> stretches = List.of(
                stretch("childs-pose", true, 6, 6, 6 * 45, 0, 0, 6),
                stretch("cat-cow", true, 5, 5, 5 * 60, 0, 0, 5),
                stretch("knee-to-chest", true, 5, 10, 10 * 20, 5, 4, 1, 5 * 20, 4 * 20),
                stretch("glute-bridge", true, 3, 36, 0, 0, 0, 3),
                stretch("thoracic-extension", false, 2, 2, 2 * 40, 0, 0, 2),
                stretch("pigeon-pose", true, 0, 0, 0, 0, 0, 0),
                stretch("wall-angels", true, 0, 0, 0, 0, 0, 0));
        private List<Note> notes = List.of(
                new Note(WEEK.start(), at(WEEK.start(), 7, 40, LISBON), Note.Kind.SESSION,
                        "Morning routine before work. Hips felt tight, the cat-cow helped."),
                new Note(WEEK.start().plusDays(2), at(WEEK.start().plusDays(2), 7, 55, LISBON), Note.Kind.PAIN,
                        "Left leg felt weak on the stairs this morning and the foot tingles.\nCalling the clinic today."),
                new Note(WEEK.start().plusDays(5), at(WEEK.start().plusDays(5), 19, 5, LISBON), Note.Kind.SESSION,
                        "Long walk, then the evening stretches. Slept better."));

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder zone(ZoneId zone) {
            this.zone = zone;
            return this;
        }

        public Builder week(IsoWeek week) {
            this.week = week;
            return this;
        }

        public Builder weeks(int weeks) {
            this.weeks = weeks;
            return this;
        }

        /** Leading weeks of the window before the first entry. */
        public Builder untrackedWeeks(int untrackedWeeks) {
            this.untrackedWeeks = untrackedWeeks;
            return this;
        }

        /** Only the last {@code activeWeeks} weeks have entries. */
        public Builder activeWeeks(int activeWeeks) {
            this.activeWeeks = activeWeeks;
            return this;
        }

        /** The day the report is seen on: a week containing it is in progress. */
        public Builder today(LocalDate today) {
            this.today = today;
            return this;
        }

        /** How often a day without a session is marked as a rest day. */
        public Builder restRate(double restRate) {
            this.restRate = restRate;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder sessionRate(double from, double to) {
            this.sessionRateFrom = from;
            this.sessionRateTo = to;
            return this;
        }

        /** The pain level drifts linearly from {@code from} to {@code to} over the tracked weeks. */
        public Builder pain(double from, double to) {
            this.painFrom = from;
            this.painTo = to;
            return this;
        }

        public Builder painLogRate(double rate) {
            this.painLogRate = rate;
            return this;
        }

        /** Sessions only: no pain entry in the whole window (red flags too are dropped). */
        public Builder noPainEntries() {
            this.logsPain = false;
            this.redFlags = List.of();
            return this;
        }

        /** Every pain entry scores the same: rho cannot be computed. */
        public Builder constantPain(int score) {
            this.constantPain = score;
            return this;
        }

        public Builder noActivity() {
            this.activeWeeks = 0;
            return this;
        }

        public Builder streakless() {
            this.streakDays = 0;
            return this;
        }

        public Builder plan(PlanInForce plan) {
            this.plan = plan;
            return this;
        }

        public Builder defaultPlan() {
            this.plan = new PlanInForce(StretchCatalog.STARTER_ROUTINE, 10, 7, true);
            return this;
        }

        public Builder redFlags(List<RedFlagSpec> redFlags) {
            this.redFlags = List.copyOf(redFlags);
            return this;
        }

        public Builder sharpPain(List<SharpPainSession> sharpPain) {
            this.sharpPain = List.copyOf(sharpPain);
            return this;
        }

        public Builder stretches(List<StretchWeek> stretches) {
            this.stretches = List.copyOf(stretches);
            return this;
        }

        public Builder notes(List<Note> notes) {
            this.notes = List.copyOf(notes);
            return this;
        }

        public WeeklyReport build() {
            LocalDate first = week.plusWeeks(-(weeks - 1L)).start();
            int dayCount = weeks * 7;
            Day[] days = simulate(first, dayCount);

            PlanTimeline plans = plan.isDefault() ? PlanTimeline.none() : new PlanTimeline(List.of(
                    new PlanTimeline.PlanChange(first.minusDays(30).atStartOfDay(zone).toInstant(), plan.daysPerWeek())));
            Trends trends = TrendAnalysis.analyse(new TrendWindow(zone, today, week, weeks), history(days, plans));

            List<DayRecord> lastFourWeeks = Arrays.stream(days, Math.max(0, dayCount - 28), dayCount)
                    .map(Day::record).toList();
            List<RedFlagEntry> flagged = redFlags.stream()
                    .filter(spec -> !spec.date().isBefore(first) && !spec.date().isAfter(week.end()))
                    .map(spec -> new RedFlagEntry(spec.date(), spec.date().atTime(spec.time()).atZone(zone).toInstant(),
                            spec.score(), spec.flags(), RedFlagTriage.urgencyOf(spec.flags()).orElseThrow()))
                    .toList();
            return new WeeklyReport(name, zone, week, GENERATED, trends, plan,
                    streakDays >= 0 ? streakDays : streak(days), flagged, sharpPain, lastFourWeeks, stretches, notes);
        }

        private Day[] simulate(LocalDate first, int dayCount) {
            Random random = new Random(seed);
            Random restDraws = new Random(seed + 1); // apart, so rest days leave the sessions and pain as they were
            Day[] days = new Day[dayCount];
            int trackedWeeks = Math.max(1, weeks - untrackedWeeks - 1);
            for (int i = 0; i < dayCount; i++) {
                LocalDate date = first.plusDays(i);
                int weekIndex = i / 7;
                Day day = new Day(date);
                days[i] = day;
                boolean active = weekIndex >= untrackedWeeks && weekIndex >= weeks - activeWeeks
                        && !date.isAfter(today); // nothing is logged ahead of the day the report is seen
                if (!active) {
                    continue;
                }
                double progress = Math.min(1.0, (weekIndex - untrackedWeeks) / (double) trackedWeeks);
                double sessionRate = sessionRateFrom + (sessionRateTo - sessionRateFrom) * progress;
                if (random.nextDouble() < sessionRate) {
                    day.sessions = random.nextDouble() < 0.12 ? 2 : 1;
                    day.minutes = day.sessions * (8 + random.nextInt(8));
                }
                if (day.sessions == 0 && restRate > 0 && restDraws.nextDouble() < restRate) {
                    day.rest = true;
                }
                if (logsPain && random.nextDouble() < painLogRate) {
                    double level = painFrom + (painTo - painFrom) * progress - (day.sessions > 0 ? 0.4 : 0);
                    int score = constantPain != null ? constantPain
                            : (int) Math.max(0, Math.min(10, Math.round(level + random.nextGaussian() * 0.9)));
                    day.scores.add(score);
                }
            }
            for (RedFlagSpec spec : redFlags) {
                long index = ChronoUnit.DAYS.between(first, spec.date());
                if (index >= 0 && index < dayCount) {
                    days[(int) index].scores.add(spec.score());
                    days[(int) index].redFlagEntries++;
                }
            }
            for (SharpPainSession session : sharpPain) {
                long index = ChronoUnit.DAYS.between(first, session.date());
                if (index >= 0 && index < dayCount && days[(int) index].sessions == 0) {
                    days[(int) index].sessions = 1;
                    days[(int) index].minutes = 6;
                }
            }
            return days;
        }

        /** The simulated days as the API reads them: one fact per session, per pain entry and per rest day. */
        public static TrendHistory history(Day[] days, PlanTimeline plans) {
            List<SessionFact> sessions = new ArrayList<>();
            List<PainFact> pain = new ArrayList<>();
            List<LocalDate> rest = new ArrayList<>();
            for (Day day : days) {
                for (int i = 0; i < day.sessions; i++) {
                    sessions.add(new SessionFact(day.date, i == 0 ? day.minutes - (day.sessions - 1) * (day.minutes / day.sessions)
                            : day.minutes / day.sessions));
                }
                for (int i = 0; i < day.scores.size(); i++) {
                    pain.add(new PainFact(day.date, day.scores.get(i), i >= day.scores.size() - day.redFlagEntries));
                }
                if (day.rest) {
                    rest.add(day.date);
                }
            }
            return TrendHistory.of(plans, sessions, pain, rest);
        }

        private static int streak(Day[] days) {
            int streak = 0;
            for (int i = days.length - 1; i >= 0 && days[i].sessions > 0; i--) {
                streak++;
            }
            return streak;
        }
    }

    static Instant at(LocalDate date, int hour, int minute, ZoneId zone) {
        return date.atTime(hour, minute).atZone(zone).toInstant();
    }

    public static final class Day {
        private final LocalDate date;
        private final List<Integer> scores = new ArrayList<>();
        private int sessions;
        private int minutes;
        private int redFlagEntries;
        private boolean rest;

        Day(LocalDate date) {
            this.date = date;
        }

        LocalDate date() {
            return date;
        }

        boolean hasEntry() {
            return sessions > 0 || !scores.isEmpty();
        }

        DayRecord record() {
            if (scores.isEmpty()) {
                return new DayRecord(date, sessions, minutes, 0, null, null, null, rest && sessions == 0);
            }
            double mean = scores.stream().mapToInt(Integer::intValue).average().orElseThrow();
            return new DayRecord(date, sessions, minutes, scores.size(), Figures.mean(mean),
                    scores.stream().min(Integer::compare).orElseThrow(), scores.stream().max(Integer::compare).orElseThrow(),
                    rest && sessions == 0);
        }
    }
}
