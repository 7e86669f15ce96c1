/**
 * Reference data the definitions need and sites may replace: the 中职 major catalogue with
 * each major's 类, 大类 and 产业. Uses no other module.
 */
@ApplicationModule(allowedDependencies = {})
package org.vocstat.reference;

import org.springframework.modulith.ApplicationModule;
