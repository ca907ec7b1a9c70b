package care.backcare.tracker.api.data;

import care.backcare.tracker.body.BodyRegion;
import care.backcare.tracker.pain.PainLoggedEvent;
import care.backcare.tracker.routine.RoutinePlannedEvent;
import care.backcare.tracker.session.ExerciseEntry;
import care.backcare.tracker.session.SessionCompletedEvent;
import care.backcare.tracker.stretch.Stretch;
import care.backcare.tracker.stretch.StretchCatalog;
import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Timing;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;

/**
 * The diary as a FHIR R4 Bundle of type {@code collection}, for another health system: the Patient, one
 * Observation per pain entry (LOINC 72514-3, 0-10, regions as SNOMED CT body sites, red flags as components),
 * one per session (category activity, LOINC 55411-3 exercise duration in minutes, one component per exercise),
 * and each routine plan as a CarePlan (the one in force active, earlier ones completed). A withdrawn entry is
 * kept with status {@code entered-in-error}, which is what FHIR calls a record its author took back.
 */
@Component
class FhirExport {

    static final String LOINC = "http://loinc.org";
    static final String SNOMED = "http://snomed.info/sct";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String RED_FLAGS = "https://backcare.care/fhir/CodeSystem/red-flag";
    static final String STRETCHES = "https://backcare.care/fhir/CodeSystem/stretch";
    static final String PATIENT_IDS = "https://backcare.care/fhir/patient-id";

    /**
     * SNOMED CT body structures. The catalogue's mid and upper back have no single concept of their own in the
     * core set we use, so they are coded as the back (77568009) and told apart by the text.
     */
    static final Map<BodyRegion, Coding> BODY_SITES = Map.of(
            BodyRegion.LOWER_BACK, new Coding(SNOMED, "37822005", "Lumbar region of back structure"),
            BodyRegion.MID_BACK, new Coding(SNOMED, "77568009", "Back structure, excluding neck"),
            BodyRegion.UPPER_BACK, new Coding(SNOMED, "77568009", "Back structure, excluding neck"),
            BodyRegion.NECK, new Coding(SNOMED, "45048000", "Neck structure"),
            BodyRegion.HIPS, new Coding(SNOMED, "29836001", "Hip region structure"),
            BodyRegion.LEGS, new Coding(SNOMED, "61685007", "Lower limb structure"));

    /** Made once, on the first FHIR export: HAPI's context takes a moment to build and is thread-safe. */
    private static final class Context {
        static final FhirContext R4 = FhirContext.forR4();
    }

    private final PatientHistory history;
    private final Clock clock;

    FhirExport(PatientHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    static FhirContext context() {
        return Context.R4;
    }

    byte[] export(UUID patientId) {
        Bundle bundle = bundle(patientId, Diary.of(history.read(patientId).events()), clock.instant());
        return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle)
                .getBytes(StandardCharsets.UTF_8);
    }

    Bundle bundle(UUID patientId, Diary diary, Instant now) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setTimestamp(Date.from(now));
        bundle.setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue("urn:uuid:" + UUID.randomUUID()));

        Patient patient = new Patient();
        patient.setId(patientId.toString());
        patient.addIdentifier().setSystem(PATIENT_IDS).setValue(patientId.toString());
        if (diary.account() != null) {
            patient.addName().setText(diary.account().displayName());
        }
        add(bundle, patient);
        Reference subject = new Reference("urn:uuid:" + patientId);

        for (PainLoggedEvent entry : diary.painEntries()) {
            add(bundle, pain(entry, subject, diary.withdrawnPainEntries().containsKey(entry.entryId())));
        }
        for (SessionCompletedEvent session : diary.sessions()) {
            add(bundle, session(session, subject, diary.withdrawnSessions().containsKey(session.sessionId())));
        }
        List<RoutinePlannedEvent> plans = diary.plans();
        for (int i = 0; i < plans.size(); i++) {
            Instant until = i + 1 < plans.size() ? plans.get(i + 1).plannedAt() : null;
            add(bundle, carePlan(plans.get(i), until, subject));
        }
        return bundle;
    }

    private static Observation pain(PainLoggedEvent entry, Reference subject, boolean withdrawn) {
        Observation observation = new Observation();
        observation.setId(entry.entryId().toString());
        observation.setStatus(withdrawn ? Observation.ObservationStatus.ENTEREDINERROR : Observation.ObservationStatus.FINAL);
        observation.addCategory(new CodeableConcept(new Coding(CATEGORY, "survey", "Survey")));
        observation.setCode(new CodeableConcept(new Coding(LOINC, "72514-3",
                "Pain severity - 0-10 verbal numeric rating [Score] - Reported")).setText("Pain score (0-10)"));
        observation.setSubject(subject);
        observation.setEffective(dateTime(entry.recordedAt(), entry));
        observation.setValue(new IntegerType(entry.score()));
        if (entry.regions() != null && !entry.regions().isEmpty()) {
            CodeableConcept site = new CodeableConcept();
            entry.regions().stream().sorted().forEach(region -> site.addCoding(BODY_SITES.get(region).copy()));
            site.setText(String.join(", ", entry.regions().stream().sorted().map(FhirExport::words).toList()));
            observation.setBodySite(site);
        }
        if (entry.redFlags() != null) {
            entry.redFlags().stream().sorted().forEach(flag -> observation.addComponent()
                    .setCode(new CodeableConcept(new Coding(RED_FLAGS, flag.name(), flag.label())).setText(flag.label()))
                    .setValue(new org.hl7.fhir.r4.model.BooleanType(true)));
        }
        if (entry.notes() != null) {
            observation.addNote(new Annotation().setText(entry.notes()));
        }
        return observation;
    }

    private static Observation session(SessionCompletedEvent session, Reference subject, boolean withdrawn) {
        Observation observation = new Observation();
        observation.setId(session.sessionId().toString());
        observation.setStatus(withdrawn ? Observation.ObservationStatus.ENTEREDINERROR : Observation.ObservationStatus.FINAL);
        observation.addCategory(new CodeableConcept(new Coding(CATEGORY, "activity", "Activity")));
        observation.setCode(new CodeableConcept(new Coding(LOINC, "55411-3", "Exercise duration"))
                .setText("Stretching session"));
        observation.setSubject(subject);
        observation.setEffective(dateTime(session.completedAt(), session));
        observation.setValue(new Quantity().setValue(session.durationMinutes()).setUnit("min").setSystem(UCUM)
                .setCode("min"));
        for (ExerciseEntry exercise : session.exercises()) {
            String name = StretchCatalog.find(exercise.stretch()).map(Stretch::name).orElse(exercise.stretch());
            observation.addComponent()
                    .setCode(new CodeableConcept(new Coding(STRETCHES, exercise.stretch(), name)).setText(name))
                    .setValue(new StringType(exercise.reps() + " × " + exercise.holdSeconds() + " s hold, "
                            + exercise.side().name().toLowerCase() + (exercise.side().name().equals("BOTH") ? " sides" : " side")));
        }
        StringBuilder note = new StringBuilder("Pain during the session: " + session.painDuring().name().toLowerCase());
        if (session.notes() != null) {
            note.append(". ").append(session.notes());
        }
        observation.addNote(new Annotation().setText(note.toString()));
        return observation;
    }

    private static CarePlan carePlan(RoutinePlannedEvent plan, Instant until, Reference subject) {
        CarePlan carePlan = new CarePlan();
        carePlan.setId(UUID.nameUUIDFromBytes((subject.getReference() + plan.plannedAt()).getBytes(StandardCharsets.UTF_8))
                .toString());
        carePlan.setStatus(until == null ? CarePlan.CarePlanStatus.ACTIVE : CarePlan.CarePlanStatus.COMPLETED);
        carePlan.setIntent(CarePlan.CarePlanIntent.PLAN);
        carePlan.setTitle("Back stretching routine");
        carePlan.setDescription(plan.minutesPerDay() + " minutes a day, " + plan.daysPerWeek() + " days a week");
        carePlan.setSubject(subject);
        Period period = new Period().setStart(Date.from(plan.plannedAt()));
        if (until != null) {
            period.setEnd(Date.from(until));
        }
        carePlan.setPeriod(period);
        for (String stretch : plan.stretches()) {
            String name = StretchCatalog.find(stretch).map(Stretch::name).orElse(stretch);
            Timing timing = new Timing();
            timing.getRepeat().setFrequency(plan.daysPerWeek()).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.WK);
            carePlan.addActivity().getDetail()
                    .setKind(CarePlan.CarePlanActivityKind.SERVICEREQUEST)
                    .setCode(new CodeableConcept(new Coding(STRETCHES, stretch, name)).setText(name))
                    .setStatus(until == null ? CarePlan.CarePlanActivityStatus.INPROGRESS
                            : CarePlan.CarePlanActivityStatus.COMPLETED)
                    .setScheduled(timing)
                    .setDescription(name + " within " + plan.minutesPerDay() + " minutes a day");
        }
        return carePlan;
    }

    private static DateTimeType dateTime(Instant instant, Object event) {
        DateTimeType dateTime = new DateTimeType(Date.from(instant));
        java.time.ZoneId zone = event instanceof PainLoggedEvent pain ? pain.timeZone()
                : event instanceof SessionCompletedEvent session ? session.timeZone() : null;
        dateTime.setTimeZone(TimeZone.getTimeZone(zone == null ? java.time.ZoneOffset.UTC : zone));
        return dateTime;
    }

    private static String words(Enum<?> value) {
        String text = value.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static void add(Bundle bundle, Resource resource) {
        bundle.addEntry().setFullUrl("urn:uuid:" + resource.getIdElement().getIdPart()).setResource(resource);
    }

}
