package org.vocstat.pipeline;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How {@code nightly} treats its inbox.
 *
 * @param staleAfter how long a batch's files may go on not matching its manifest, from
 * the newest file's change, before the batch is reported STALE (exit 3) rather than
 * waiting
 */
@ConfigurationProperties("vocstat.inbox")
@Validated
record InboxProperties(@DefaultValue("PT6H") Duration staleAfter) {

}
