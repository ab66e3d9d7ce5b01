export { LabelsModule } from './labels.module';
export { LabelsService, toLabelJson } from './labels.service';
export { LabelRemovalListeners, type LabelRemoval } from './label-removal';
export { LabelDto } from './dto/label.dto';
