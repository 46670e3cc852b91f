/** The map's coordinate space, shared by the outline file and the pages that shade it. */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 440;
