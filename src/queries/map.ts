import { buildEvidenceMap, MAP_VIEWS, type EvidenceMap, type MapView } from '../lib/map/build-map.ts';
import { assignStudyTypeMarks, type StudyTypeMark } from '../lib/map/study-type-marks.ts';
import { getEvidenceGraph } from './graph.ts';

/** Every view of the evidence map, built from the evidence graph, and the study types' marks. */
export async function getEvidenceMaps(): Promise<{ maps: EvidenceMap[]; marks: StudyTypeMark[] }> {
  const graph = await getEvidenceGraph();
  const maps = (Object.keys(MAP_VIEWS) as MapView[]).map((view) => buildEvidenceMap(graph, view));
  return { maps, marks: assignStudyTypeMarks(graph.studyTypes) };
}
