-- The nodes running a tracking processor, each with its last heartbeat: how many nodes are alive to share
-- the processor's segments (see SegmentBalancer). Milliseconds since the epoch on the node's own clock, the
-- clock Axon's segment claims use too. A node deletes its row when it stops; a dead node's row ages out.
create table processing_node (
    processor_name varchar(255) not null,
    node_id        varchar(255) not null,
    last_seen      bigint       not null,
    primary key (processor_name, node_id)
);
