package care.backcare.tracker.api.data;

/**
 * What an import did.
 *
 * @param added          facts recorded now
 * @param alreadyPresent facts the history already had, identical (an import repeated records nothing twice)
 * @param skipped        facts that belong to one server and are not moved: the account itself, personal
 *                       tokens, share links and their uses
 */
record ImportOutcome(int added, int alreadyPresent, int skipped) {
}
