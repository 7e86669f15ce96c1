package org.vocstat.reference;

/**
 * One unit of the 区划 reference: its GB/T 2260 code, name, level and the code of the unit
 * it lies in.
 */
public record Region(String code, String name, RegionLevel level, String parent) {
}
