export { loadLessonTree } from './lessons';
