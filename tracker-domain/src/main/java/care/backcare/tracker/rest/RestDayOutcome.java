package care.backcare.tracker.rest;

import care.backcare.tracker.kernel.Recorded;

/** Whether the rest day was recorded now or the identical one was already there. */
public record RestDayOutcome(Recorded recorded) {

    public boolean isNew() {
        return recorded == Recorded.NEW;
    }
}
