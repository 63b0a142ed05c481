package org.ohtpathway.signposting;

import java.time.LocalDate;

public record OnwardReferralDetails(ServiceType serviceType, String serviceName, KindOfHelp kindOfHelp,
    LocalDate referredOn) {
}
