/**
 * Reference data the definitions need and sites may replace: the 中职 major catalogue with each major's 类, 大类 and
 * 产业. Depends on nothing else in vocstat.
 */
package org.vocstat.reference;
