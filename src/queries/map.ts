import { buildEvidenceMap, type EvidenceMap, type MapViewSpec } from '../lib/map/build-map.ts';
import { assignStudyTypeMarks, type StudyTypeMark } from '../lib/map/study-type-marks.ts';
import { FRAMEWORK, getDimension } from './framework.ts';
import { getEvidenceGraph } from './graph.ts';

/** The dimension whose items are the rows of every view of the map. */
export const MAP_ROWS = getDimension(FRAMEWORK.map.rows);

/** The map's views, one per dimension declared with `mapView: true`, in the framework's order (the first is the default). */
export const MAP_VIEWS: MapViewSpec[] = FRAMEWORK.dimensions
  .filter((dimension) => dimension.mapView)
  .map((dimension) => ({
    view: dimension.id,
    label: dimension.labels.plural,
    rowType: MAP_ROWS.graph.kind,
    columnType: dimension.graph.kind,
  }));

/** Every view of the evidence map, built from the evidence graph, and the study types' marks. */
export async function getEvidenceMaps(): Promise<{ maps: EvidenceMap[]; marks: StudyTypeMark[] }> {
  const graph = await getEvidenceGraph();
  const maps = MAP_VIEWS.map((spec) => buildEvidenceMap(graph, spec));
  return { maps, marks: assignStudyTypeMarks(graph.studyTypes) };
}
