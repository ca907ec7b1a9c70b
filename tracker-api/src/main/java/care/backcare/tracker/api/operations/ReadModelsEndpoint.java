package care.backcare.tracker.api.operations;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * For operators ({@code Authorization: Bearer $TRACKER_OPERATOR_TOKEN}):
 * <ul>
 *   <li>{@code GET /actuator/readmodels}: every processor, and for the tracking one each segment's
 *       owner (which node), position and lag behind the head of the event store, as all nodes see it;</li>
 *   <li>{@code POST /actuator/readmodels/stop}, {@code /start}: this node's tracking processor;</li>
 *   <li>{@code POST /actuator/readmodels/rebuild}: replay both groups from the event store. The tracking
 *       group can only be reset while no node holds its segments: stop it on the other nodes first.</li>
 * </ul>
 */
@Component
@Endpoint(id = "readmodels")
class ReadModelsEndpoint {

    /** {@code error} is known only on the node that owns the segment (null elsewhere, or when all is well). */
    record SegmentStatus(int segment, String owner, Long position, Long lag, String claimedAt, String error) {
    }

    record ProcessorStatus(String name, String kind, boolean runningHere, List<SegmentStatus> segments, Long maxLag) {
    }

    record Status(Long head, List<ProcessorStatus> processors) {
    }

    private final EventProcessingConfiguration processing;
    private final ReadModelRebuild rebuild;

    ReadModelsEndpoint(EventProcessingConfiguration processing, ReadModelRebuild rebuild) {
        this.processing = processing;
        this.rebuild = rebuild;
    }

    @ReadOperation
    Status status() {
        Long head = rebuild.head();
        List<ProcessorStatus> processors = new ArrayList<>();
        for (Map.Entry<String, EventProcessor> entry : processing.eventProcessors().entrySet()) {
            EventProcessor processor = entry.getValue();
            if (processor instanceof StreamingEventProcessor streaming) {
                List<SegmentStatus> segments = segments(entry.getKey(), head, streaming);
                Long maxLag = segments.stream().map(SegmentStatus::lag).filter(java.util.Objects::nonNull)
                        .max(Long::compare).orElse(null);
                processors.add(new ProcessorStatus(entry.getKey(), "tracking (pooled streaming)", processor.isRunning(),
                        segments, maxLag));
            } else {
                processors.add(new ProcessorStatus(entry.getKey(), "subscribing (in the command's transaction)",
                        processor.isRunning(), List.of(), 0L));
            }
        }
        return new Status(head, processors);
    }

    private List<SegmentStatus> segments(String processorName, Long head, StreamingEventProcessor local) {
        Map<Integer, org.axonframework.eventhandling.EventTrackerStatus> here = local.processingStatus();
        return rebuild.storedSegments(processorName).stream().map(stored -> {
            var status = here.get(stored.segment());
            String error = status != null && status.isErrorState() && status.getError() != null
                    ? status.getError().getClass().getSimpleName() : null;
            return new SegmentStatus(stored.segment(), stored.owner(), stored.position(), stored.lag(head),
                    stored.claimedAt().toString(), error);
        }).toList();
    }

    @WriteOperation
    Map<String, Object> act(@Selector String action) {
        return switch (action) {
            case "stop" -> {
                streaming().shutDown();
                yield Map.of("action", action, "done", true);
            }
            case "start" -> {
                streaming().start();
                yield Map.of("action", action, "done", true);
            }
            case "rebuild" -> {
                try {
                    rebuild.rebuildTracked();
                } catch (IllegalStateException claimedElsewhere) {
                    yield Map.of("action", action, "done", false, "reason", claimedElsewhere.getMessage());
                }
                long events = rebuild.rebuildAccess();
                yield Map.of("action", action, "done", true, "accessEventsReplayed", events,
                        "readModels", "replaying in the background; GET /actuator/readmodels shows the progress");
            }
            // the operator's mistake, not the server's: 400
            default -> throw new InvalidEndpointRequestException("unknown action: stop, start or rebuild",
                    "unknown action");
        };
    }

    private StreamingEventProcessor streaming() {
        return processing.eventProcessor(ReadModelRebuild.READ_MODELS, StreamingEventProcessor.class).orElseThrow();
    }
}
